/** Per-step and per-stride timing tables of the interval selection, for the CSV exports. */
import type { Side } from '../../core/events/types';
import type { IntervalExclusion, IntervalSelection } from '../../core/params/selectIntervals';

/** One step: from a heel strike to the next heel strike (whatever its side). */
export interface StepRow {
  /** 1-based step number. */
  step: number;
  /** Side of the heel strike that ends the step (the leading foot). */
  side: Side;
  startTimeS: number;
  endTimeS: number;
  stepTimeS: number;
  /** Counted in the pooled step time and cadence. */
  used: boolean;
  /** Counted in its side's step time and in step length (heel strikes of alternating feet). */
  usedBySide: boolean;
  /** Why it is not counted (pooled, else by side); null when counted in both. */
  excludedReason: IntervalExclusion | null;
}

/** One stride: from a heel strike to the next heel strike of the same foot. */
export interface StrideRow {
  /** 1-based stride number (over both sides, in time order). */
  stride: number;
  side: Side;
  startTimeS: number;
  endTimeS: number;
  strideTimeS: number;
  /** Toe-off of the same foot within the stride; NaN when none was detected (then stance and swing are NaN). */
  toeOffTimeS: number;
  stanceTimeS: number;
  swingTimeS: number;
  /** Stance as % of the stride (0–100). */
  stancePct: number;
  /** Counted in the per-cycle parameters (stride time, stance, swing, support, speed). */
  used: boolean;
  /** Why it is not counted; null when used. */
  excludedReason: IntervalExclusion | null;
}

// A JSON-revived selection may hold null for NaN.
const num = (v: number | null): number => (typeof v === 'number' ? v : NaN);

/**
 * Steps of the interval selection: every interval between consecutive heel strikes.
 * @param selection - from `selectIntervals` (what the parameters used); not modified
 * @returns steps in time order, each marked used or excluded with its reason
 */
export function computeStepRows(selection: IntervalSelection): StepRow[] {
  return selection.steps.map((s, i) => ({
    step: i + 1,
    side: s.side,
    startTimeS: num(s.startS),
    endTimeS: num(s.endS),
    stepTimeS: num(s.endS) - num(s.startS),
    used: s.usedPooled,
    usedBySide: s.usedBySide,
    excludedReason: s.excludedReason,
  }));
}

/**
 * Strides of the interval selection, with stance and swing from that foot's toe-off.
 * @param selection - from `selectIntervals` (what the parameters used); not modified
 * @returns strides sorted by start time, each marked used or excluded with its reason
 */
export function computeStrideRows(selection: IntervalSelection): StrideRow[] {
  return selection.strides.map((s, i) => {
    const [start, end, to] = [num(s.startS), num(s.endS), num(s.toeOffS)];
    return {
      stride: i + 1,
      side: s.side,
      startTimeS: start,
      endTimeS: end,
      strideTimeS: end - start,
      toeOffTimeS: to,
      stanceTimeS: to - start,
      swingTimeS: end - to,
      stancePct: (100 * (to - start)) / (end - start),
      used: s.used,
      excludedReason: s.excludedReason,
    };
  });
}
