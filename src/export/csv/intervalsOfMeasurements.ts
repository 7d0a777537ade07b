/** The interval selection stored in a measurements result, or recomputed for results without one. */
import type { GaitEvent } from '../../core/events/types';
import { INTERVAL_EXCLUSIONS, selectIntervals } from '../../core/params/selectIntervals';
import type { IntervalSelection } from '../../core/params/selectIntervals';
import type { Bout } from '../../core/preprocess/types';

type Row = Record<string, unknown>;

const isSide = (v: unknown): boolean => v === 'left' || v === 'right';
const isTime = (v: unknown): boolean => v === null || typeof v === 'number';
const isReason = (v: unknown): boolean => v === null || INTERVAL_EXCLUSIONS.some((r) => r === v);
// JSON has no NaN: a stored selection holds null where the analysis had NaN.
const revive = (r: Row): Row =>
  Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, v === null && k !== 'excludedReason' ? NaN : v]),
  );

function validStep(r: Row): boolean {
  return (
    isSide(r.side) &&
    isSide(r.startSide) &&
    isTime(r.startS) &&
    isTime(r.endS) &&
    typeof r.usedPooled === 'boolean' &&
    typeof r.usedBySide === 'boolean' &&
    isReason(r.excludedReason) &&
    (r.excludedReason === null) === r.usedBySide
  );
}

function validStride(r: Row): boolean {
  const times = ['startS', 'endS', 'toeOffS', 'oppositeToeOffS', 'oppositeHeelStrikeS'];
  return (
    isSide(r.side) &&
    times.every((k) => isTime(r[k])) &&
    typeof r.used === 'boolean' &&
    isReason(r.excludedReason) &&
    (r.excludedReason === null) === r.used
  );
}

const rows = (v: unknown): Row[] | null =>
  Array.isArray(v) && v.every((r) => r !== null && typeof r === 'object') ? (v as Row[]) : null;

/**
 * The steps and strides a stored analysis used.
 * @param measurements - a `gaitlens.measurements/1` result as JSON (e.g. a bundle's); not modified
 * @param fpsHz - frame rate of the recording, Hz (> 0): the timing resolution if recomputed
 * @returns the stored `intervals` (null times read as NaN) when well-formed, else `selectIntervals`
 *   of the stored final events and bouts (results saved before the selection was stored)
 */
export function intervalsOfMeasurements(
  measurements: Record<string, unknown>,
  fpsHz: number,
): IntervalSelection {
  const stored = measurements.intervals as Row | undefined;
  const steps = rows(stored?.steps);
  const strides = rows(stored?.strides);
  if (steps?.every(validStep) && strides?.every(validStride))
    return {
      steps: steps.map(revive),
      strides: strides.map(revive),
    } as unknown as IntervalSelection;
  const events = (rows(measurements.events) ?? []) as unknown as GaitEvent[];
  const bouts = (rows(measurements.bouts) ?? []) as unknown as Bout[];
  return selectIntervals(events, bouts, 1 / fpsHz);
}
