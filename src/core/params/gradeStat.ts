import { summarize } from '../math/summarize';
import type { ParamReason, ParamStat, QualityGrade } from './types';

/** Context of one statistic for the quality gate. */
export interface GateContext {
  /** Reasons that refuse every value of this parameter (e.g. `not-walking`, `no-scale`). */
  refuse: ParamReason[];
  /** Cycles (or steps) available on the side that gates this statistic. */
  gatingCycles: number;
  /** Candidates dropped before summarising (incomplete or outlier cycles). */
  droppedCycles: number;
  /** Fraction of frames without a subject, 0–1. */
  missingFrac: number;
  /** Mean confidence of the events behind the values, 0–1. */
  meanConfidenceFrac: number;
  /** Highest grade the view allows (`A` sagittal, `B` frontal). */
  maxGrade: QualityGrade;
}

/** Cycle counts of the quality gate (GaitLens issue 4; Stenum et al. 2021 report ~10 strides for reliable means). */
export const GATE_CYCLES = Object.freeze({
  minForMean: 2,
  fewBelow: 6,
  minForVariability: 6,
  reliableCv: 10,
});

const GRADES: QualityGrade[] = ['A', 'B', 'C'];

/**
 * Summarise per-cycle values and attach a quality grade, or refuse with reasons.
 * @param values - one value per cycle or step in the parameter's unit; NaN dropped; not modified
 * @param ctx - gate context (refusals, cycle counts, missing fraction 0–1, confidence 0–1, view cap)
 * @returns a ParamStat: mean/sd/cvPct (null when refused or too few cycles), counts, grade and reasons
 * @remarks Refused (mean null) when any context refusal applies or fewer than 2 cycles exist on the
 *   gating side (`too-few-cycles`). With 2–5 cycles the mean is given but flagged `few-cycles` and
 *   SD/CV are withheld (`variability-needs-more-cycles`); 6–9 cycles give SD/CV too (grade at most B);
 *   10 or more can reach grade A. The grade drops one step when more than 20 % of frames are missing
 *   or the mean event confidence is below 0.5, and never exceeds the view's cap.
 * @see Stenum J, Rossi C, Roemmich RT. Two-dimensional video-based analysis of human gait using pose
 *   estimation. PLoS Comput Biol. 2021;17(4):e1008935. doi:10.1371/journal.pcbi.1008935
 */
export function gradeStat(values: ArrayLike<number>, ctx: GateContext): ParamStat {
  const s = summarize(values);
  const nDropped = s.nDropped + ctx.droppedCycles;
  const refused = (reasons: ParamReason[]): ParamStat => ({
    mean: null,
    sd: null,
    cvPct: null,
    nUsed: s.nUsed,
    nDropped,
    grade: null,
    reasons, // prettier-ignore
  });
  if (ctx.refuse.length > 0) return refused([...ctx.refuse]);
  const n = Math.min(ctx.gatingCycles, s.nUsed);
  if (n < GATE_CYCLES.minForMean) return refused(['too-few-cycles']);
  const reasons: ParamReason[] = [];
  let level = n >= GATE_CYCLES.reliableCv ? 0 : n >= GATE_CYCLES.fewBelow ? 1 : 2;
  if (n < GATE_CYCLES.fewBelow) reasons.push('few-cycles');
  const withVariability = n >= GATE_CYCLES.minForVariability;
  if (!withVariability) reasons.push('variability-needs-more-cycles');
  if (ctx.missingFrac > 0.2 || ctx.meanConfidenceFrac < 0.5) level++;
  level = Math.max(level, GRADES.indexOf(ctx.maxGrade));
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return {
    mean: round(s.mean),
    sd: withVariability && Number.isFinite(s.sd) ? round(s.sd) : null,
    cvPct: withVariability && Number.isFinite(s.cvPct) ? round(s.cvPct) : null,
    nUsed: s.nUsed,
    nDropped,
    grade: GRADES[Math.min(2, level)]!,
    reasons,
  };
}
