/** The one decision of which steps and strides count in the parameters, and why each other does not. */
import type { GaitEvent, Side } from '../events/types';
import { median } from '../math/summarize';
import type { Bout } from '../preprocess/types';
import { cyclePhases } from './cyclePhases';
import type { GaitCycle, GaitStep } from './cyclePhases';

/**
 * Why an interval is not used:
 * - `outside-bout`: a heel strike lies outside every straight walking bout (standing, approach, turn);
 * - `crosses-bouts`: the two heel strikes lie in different bouts (a turn or pause between them);
 * - `implausible-duration`: outside the plausible range around the median (a missed or spurious heel strike);
 * - `same-side` (steps, per-side values only): both heel strikes carry the same side label;
 * - `incomplete` (strides): not exactly one own toe-off, one opposite toe-off and one opposite heel strike;
 * - `out-of-order` (strides): the phase events are not in the order of Perry's phases.
 */
export type IntervalExclusion = (typeof INTERVAL_EXCLUSIONS)[number];

/** Every {@link IntervalExclusion}, in the order of the checks. */
export const INTERVAL_EXCLUSIONS = Object.freeze([
  'outside-bout',
  'crosses-bouts',
  'incomplete',
  'out-of-order',
  'implausible-duration',
  'same-side',
] as const);

/** One interval between consecutive heel strikes (any sides), with how the parameters use it. */
export interface StepInterval extends GaitStep {
  /** Side of the heel strike that starts it. */
  startSide: Side;
  /** Counted in the pooled step time and cadence (`all`). */
  usedPooled: boolean;
  /** Counted in its side's step time and step length, and in pooled step length (alternating sides). */
  usedBySide: boolean;
  /** Why it is not counted (pooled, else by side); null when counted in both. */
  excludedReason: IntervalExclusion | null;
}

/** One stride candidate (consecutive heel strikes of one side), with its phase events (s, NaN when absent). */
export interface StrideInterval extends GaitCycle {
  /** Counted in every per-cycle parameter (stride time, stance, swing, support, speed, stride length). */
  used: boolean;
  /** Why it is not counted; null when used. */
  excludedReason: IntervalExclusion | null;
}

/** Every step and stride candidate in time order, each marked used or excluded with its reason. */
export interface IntervalSelection {
  steps: StepInterval[];
  strides: StrideInterval[];
}

/** Plausible step / stride duration as a fraction of its median: [low, high]. */
export const PLAUSIBLE_RATIO = Object.freeze({ step: [0.5, 1.6], stride: [0.6, 1.5] } as const);

// Bout reason of two heel strikes (a slack of one frame is allowed), or null when in one bout.
function boutProblem(
  bouts: Bout[],
  a: number,
  b: number,
  slackS: number,
): IntervalExclusion | null {
  const of = (t: number) => bouts.findIndex((x) => t >= x.startS - slackS && t <= x.endS + slackS);
  const [i, j] = [of(a), of(b)];
  return i < 0 || j < 0 ? 'outside-bout' : i !== j ? 'crosses-bouts' : null;
}

// Mark each candidate of duration outside [lo, hi] × the median of the candidates without a problem.
function plausible<T extends { startS: number; endS: number }>(
  rows: (T & { problem: IntervalExclusion | null })[],
  [lo, hi]: readonly [number, number],
): (T & { problem: IntervalExclusion | null })[] {
  const med = median(rows.filter((r) => r.problem === null).map((r) => r.endS - r.startS));
  return rows.map((r) => {
    const q = (r.endS - r.startS) / med;
    return r.problem === null && !(q >= lo && q <= hi)
      ? { ...r, problem: 'implausible-duration' }
      : r;
  });
}

/**
 * Decide which steps and strides the parameters use, and why each other candidate is excluded.
 * @param events - final events of both sides (order enforced, edits applied); not modified
 * @param bouts - straight walking bouts, s (no interval spans two bouts)
 * @param frameS - frame duration, s (slack of bout membership, timing resolution of the phases)
 * @returns every interval between consecutive heel strikes (steps) and between consecutive heel
 *   strikes of one side (strides), in time order, each marked used or excluded with its reason
 * @remarks Steps: both heel strikes in one bout, duration within 0.5–1.6 × the median of the in-bout
 *   intervals (whatever their side labels): used for the pooled step time and cadence; of those, the
 *   ones between heel strikes of different sides are also used for each side's step time and for step
 *   length (a left/right mislabel changes per-side values, not the pooled cadence). Strides: both heel
 *   strikes in one bout, a complete cycle ({@link cyclePhases}), stride time within 0.6–1.5 × the
 *   side's median of complete cycles. Missing data: events with NaN times are ignored. The CSV, JSON and
 *   FHIR exports and the results page read this selection, so their counts agree.
 * @see Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed. SLACK; 2010.
 */
export function selectIntervals(
  events: readonly GaitEvent[],
  bouts: Bout[],
  frameS: number,
): IntervalSelection {
  const ev = events.filter((e) => Number.isFinite(e.timeS)).sort((a, b) => a.timeS - b.timeS);
  const hs = ev.filter((e) => e.type === 'heel-strike');
  const steps = plausible(
    hs.slice(1).map((b, i) => ({
      side: b.side,
      startSide: hs[i]!.side,
      startS: hs[i]!.timeS,
      endS: b.timeS,
      problem: boutProblem(bouts, hs[i]!.timeS, b.timeS, frameS),
    })),
    PLAUSIBLE_RATIO.step,
  ).map(({ problem, ...s }) => {
    const reason = problem ?? (s.startSide === s.side ? 'same-side' : null);
    return {
      ...s,
      usedPooled: problem === null,
      usedBySide: reason === null,
      excludedReason: reason,
    };
  });
  const strides = (['left', 'right'] as const).flatMap((side) => {
    const own = hs.filter((e) => e.side === side);
    const rows = own.slice(1).map((b, i) => {
      const a = own[i]!;
      const { problem, ...phases } = cyclePhases(ev, side, a, b, frameS);
      const where = boutProblem(bouts, a.timeS, b.timeS, frameS);
      return { side, startS: a.timeS, endS: b.timeS, ...phases, problem: where ?? problem };
    });
    return plausible(rows, PLAUSIBLE_RATIO.stride);
  });
  return {
    steps,
    strides: strides
      .sort((a, b) => a.startS - b.startS)
      .map(({ problem, ...s }) => ({ ...s, used: problem === null, excludedReason: problem })),
  };
}
