/** Which intervals of the selection one statistic counts, and which it leaves out (with reasons). */
import type { Side } from '../events/types';
import type {
  IntervalExclusion,
  IntervalSelection,
  StepInterval,
  StrideInterval,
} from './selectIntervals';
import type { ParamKey } from './types';

/** Parameters measured per step; the others are measured per cycle (stride). */
export const STEP_PARAMS: ReadonlySet<ParamKey> = new Set<ParamKey>([
  'cadenceStepsPerMin',
  'stepTimeS',
  'stepLengthM',
]);

/** Step parameters whose pooled value uses every step interval, whatever its side labels. */
export const ANY_SIDE_POOLED_PARAMS: ReadonlySet<ParamKey> = new Set<ParamKey>([
  'cadenceStepsPerMin',
  'stepTimeS',
]);

/** The intervals behind one statistic. */
export interface IntervalUse {
  /** `steps` or `cycles` (strides). */
  kind: 'steps' | 'cycles';
  /** Intervals counted, in time order. */
  used: (StepInterval | StrideInterval)[];
  /** Reason of each candidate left out, in time order. */
  excluded: IntervalExclusion[];
}

/**
 * The intervals one parameter statistic counts.
 * @param selection - result of `selectIntervals`; not modified
 * @param key - the parameter
 * @param side - `left`, `right`, or `all` (both sides pooled)
 * @returns the kind (`steps` / `cycles`), the used intervals and the reasons of the excluded ones
 * @remarks Per-cycle parameters count strides marked `used` (of the side, or both). Step parameters
 *   count steps `usedBySide` ending on the side (or both), except the pooled cadence and step time,
 *   which count every step `usedPooled` (side labels ignored). `computeParameters`, the FHIR export
 *   and the results page all call this, so their `nUsed` and exclusions agree with the CSVs.
 */
export function intervalsFor(
  selection: IntervalSelection,
  key: ParamKey,
  side: Side | 'all',
): IntervalUse {
  const onSide = (s: { side: Side }): boolean => side === 'all' || s.side === side;
  if (!STEP_PARAMS.has(key)) {
    const strides = selection.strides.filter(onSide);
    return {
      kind: 'cycles',
      used: strides.filter((s) => s.used),
      excluded: strides.flatMap((s) => (s.used ? [] : [s.excludedReason ?? 'incomplete'])),
    };
  }
  const anySide = side === 'all' && ANY_SIDE_POOLED_PARAMS.has(key);
  const steps = selection.steps.filter(onSide);
  const isUsed = (s: StepInterval): boolean => (anySide ? s.usedPooled : s.usedBySide);
  return {
    kind: 'steps',
    used: steps.filter(isUsed),
    excluded: steps.flatMap((s) => (isUsed(s) ? [] : [s.excludedReason ?? 'same-side'])),
  };
}
