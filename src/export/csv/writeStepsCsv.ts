/** Writer of the per-step timing CSV (reader: readStepsCsv.ts). */
import type { IntervalSelection } from '../../core/params/selectIntervals';
import { formatCsv } from './csvText';
import { computeStepRows } from './eventTables';

/** Columns of the step CSV, units in the names. */
export const STEPS_CSV_HEADER = Object.freeze([
  'step',
  'side',
  'start_time_s',
  'end_time_s',
  'step_time_s',
  'used',
  'used_by_side',
  'excluded_reason',
] as const);

/**
 * Write one row per step (heel strike to the next heel strike), used or excluded.
 * @param selection - the analysis's interval selection (`MeasurementsResult.intervals`); not modified
 * @returns CSV text; times in seconds from the start of the recording; `used` 1 when the step counts
 *   in the pooled step time and cadence, `used_by_side` 1 when also in its side's step time and step
 *   length, else 0; `excluded_reason` empty when both are 1
 */
export function writeStepsCsv(selection: IntervalSelection): string {
  return formatCsv(
    STEPS_CSV_HEADER,
    computeStepRows(selection).map((r) => [
      r.step,
      r.side,
      r.startTimeS,
      r.endTimeS,
      r.stepTimeS,
      r.used ? 1 : 0,
      r.usedBySide ? 1 : 0,
      r.excludedReason ?? '',
    ]),
  );
}
