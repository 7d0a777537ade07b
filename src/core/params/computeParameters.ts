import type { Side } from '../events/types';
import { valueAtFrame } from '../math/resampleLinear';
import type { Bout } from '../preprocess/types';
import type { GaitCycle, GaitStep } from './cyclePhases';
import { gradeStat } from './gradeStat';
import { intervalsFor } from './intervalsFor';
import type { IntervalSelection } from './selectIntervals';
import type { ParamKey, ParamReason, Parameter, ParamStat, QualityGrade } from './types';

/** Input of {@link computeParameters}. */
export interface ParameterInput {
  /** Which steps and strides count, from {@link selectIntervals} (the exports read the same). */
  selection: IntervalSelection;
  /** Heel position along the progression axis per frame and side, trajectory unit (NaN missing). */
  heelProgressionUnits: Record<Side, Float64Array>;
  bouts: Bout[];
  /** Time of frame 0, s, and frame rate, Hz. */
  startTimeS: number;
  fpsHz: number;
  /** Metres per trajectory unit; null when unknown (spatial parameters refused `no-scale`). */
  metresPerUnit: number | null;
  /** Reasons that refuse every parameter (`not-walking`, `too-many-missing-frames`, `no-events`). */
  refuse: ParamReason[];
  /** Reasons that refuse the spatial parameters only (e.g. `view-does-not-allow` in frontal views). */
  refuseSpatial: ParamReason[];
  missingFrac: number;
  maxGrade: QualityGrade;
}

type Extract = {
  key: ParamKey;
  unit: string;
  spatial?: boolean;
  of: (c: GaitCycle & GaitStep) => number;
  /** Map the summary of `of` (not each value) to the parameter, e.g. step time → cadence. */
  fromSummary?: (stat: ParamStat) => ParamStat;
};

/**
 * Cadence from the summary of step times: steps per minute = 60 / mean step time.
 * @param step - step-time statistic, s
 * @returns cadence statistic, steps/min: mean 60 / mean step; SD by the delta method
 *   (60 · SD / mean²); CV equal to the step-time CV; counts, grade and reasons unchanged
 * @remarks Averaging per-step cadences (60 / each step) would overstate cadence whenever steps differ
 *   (Jensen's inequality): with steps of 0.42 and 0.54 s it gives 127.0 instead of 125.0 steps/min.
 */
export function cadenceFromStepTime(step: ParamStat): ParamStat {
  const m = step.mean;
  if (m === null || !(m > 0)) return { ...step, mean: null, sd: null, cvPct: null };
  return { ...step, mean: 60 / m, sd: step.sd === null ? null : (60 * step.sd) / (m * m) };
}

// Per-side parameters in output order, each computed from one cycle (or one step).
function definitions(input: ParameterInput): Extract[] {
  const frameOf = (t: number): number => (t - input.startTimeS) * input.fpsHz;
  const heelAt = (side: Side, t: number): number =>
    valueAtFrame(input.heelProgressionUnits[side], frameOf(t));
  const signAt = (t: number): number =>
    input.bouts.find((b) => t >= b.startS - 0.05 && t <= b.endS + 0.05)?.sign ?? NaN;
  const m = input.metresPerUnit ?? NaN;
  const other = (s: Side): Side => (s === 'left' ? 'right' : 'left');
  const stride = (c: GaitCycle): number => c.endS - c.startS;
  const strideLengthM = (c: GaitCycle): number =>
    (heelAt(c.side, c.endS) - heelAt(c.side, c.startS)) * signAt(c.startS) * m;
  return [
    {
      key: 'cadenceStepsPerMin',
      unit: 'steps/min',
      of: (s) => s.endS - s.startS,
      fromSummary: cadenceFromStepTime,
    },
    {
      key: 'stepTimeS',
      unit: 's',
      of: (s) => s.endS - s.startS,
    },
    { key: 'strideTimeS', unit: 's', of: stride },
    { key: 'stancePct', unit: '%', of: (c) => (100 * (c.toeOffS - c.startS)) / stride(c) },
    { key: 'swingPct', unit: '%', of: (c) => (100 * (c.endS - c.toeOffS)) / stride(c) },
    { key: 'stanceS', unit: 's', of: (c) => c.toeOffS - c.startS },
    { key: 'swingS', unit: 's', of: (c) => c.endS - c.toeOffS },
    {
      key: 'singleSupportPct',
      unit: '%',
      of: (c) => (100 * (c.oppositeHeelStrikeS - c.oppositeToeOffS)) / stride(c),
    },
    {
      key: 'doubleSupportPct',
      unit: '%', // prettier-ignore
      of: (c) =>
        (100 * (c.oppositeToeOffS - c.startS + (c.toeOffS - c.oppositeHeelStrikeS))) / stride(c),
    },
    { key: 'speedMPerS', unit: 'm/s', spatial: true, of: (c) => strideLengthM(c) / stride(c) },
    {
      key: 'stepLengthM',
      unit: 'm',
      spatial: true, // prettier-ignore
      of: (s) => (heelAt(s.side, s.endS) - heelAt(other(s.side), s.startS)) * signAt(s.endS) * m,
    },
    { key: 'strideLengthM', unit: 'm', spatial: true, of: strideLengthM },
  ];
}

/**
 * Compute spatiotemporal parameters per side and pooled, each with its quality grade.
 * @param input - the interval selection ({@link selectIntervals}), heel progression (trajectory
 *   unit), bouts, timing (s, Hz), scale (m per unit or null) and the gate context (refusals, missing fraction 0–1, view's grade cap)
 * @returns one Parameter per key: cadence (steps/min), step and stride time (s), stance and swing
 *   (% and s), single and double support (%), speed (m/s), step and stride length (m)
 * @remarks Only the intervals the selection marks used count: strides `used` for per-cycle values,
 *   steps `usedBySide` for each side's step values and pooled step length, steps `usedPooled` for the
 *   pooled step time and cadence; `nUsed` is their count (less NaN values), `nDropped` the excluded
 *   candidates of that statistic (plus NaN values). Per-cycle definitions follow Perry's phases: stance = HS → own TO; swing = own TO → next
 *   HS; initial double support = HS → opposite TO; terminal double support = opposite HS → own TO;
 *   single support = opposite TO → opposite HS (the opposite limb's swing). Step time ends at the
 *   side's heel strike; cadence is 60 / mean step time (see {@link cadenceFromStepTime}). Step length is the distance along the
 *   progression from the other heel at its heel strike (step start) to this heel at its heel strike; stride length is the heel's travel
 *   between its heel strikes; speed is stride length / stride time. The pooled `all` statistic uses
 *   both sides' values and is gated by half the cycles of both sides together (the walker's
 *   strides), except cadence and step time, whose `all` comes from the intervals between all
 *   consecutive heel strikes (`usedPooled`: side labels ignored) and is gated by half their count
 *   (two steps per stride): a short clip, or a far leg that the pose estimator mislabels, still
 *   gives pooled values (flagged `few-cycles`), while each side's values keep needing 2 cycles of
 *   that side. Missing data: a NaN heel position
 *   gives a NaN spatial value, which is dropped and counted.
 * @see Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed. SLACK; 2010.
 */
export function computeParameters(input: ParameterInput): Parameter[] {
  const sel = input.selection;
  const cycles = (side: Side | 'all'): GaitCycle[] =>
    sel.strides.filter((c) => c.used && (side === 'all' || c.side === side));
  const meanConf = (cs: GaitCycle[]): number =>
    cs.length ? cs.reduce((s, c) => s + c.confidenceFrac, 0) / cs.length : 0;
  return definitions(input).map((d) => {
    const refuse = [...input.refuse, ...(d.spatial ? input.refuseSpatial : [])];
    if (d.spatial && input.metresPerUnit === null && refuse.length === 0) refuse.push('no-scale');
    const map = d.fromSummary ?? ((x: ParamStat) => x);
    const stat = (side: Side | 'all'): ParamStat => {
      const use = intervalsFor(sel, d.key, side);
      const items = use.used as (GaitCycle & GaitStep)[];
      return map(
        gradeStat(items.map(d.of), {
          refuse,
          // a side needs 2 of its cycles (or steps); pooled: the walker's strides, half the count
          gatingCycles: side === 'all' ? Math.floor(items.length / 2) : items.length,
          droppedCycles: use.excluded.length,
          missingFrac: input.missingFrac,
          meanConfidenceFrac: meanConf(cycles(side)),
          maxGrade: input.maxGrade,
        }),
      );
    };
    return { key: d.key, unit: d.unit, all: stat('all'), left: stat('left'), right: stat('right') };
  });
}
