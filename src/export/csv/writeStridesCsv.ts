/** Writer of the per-stride timing CSV (reader: readStridesCsv.ts). */
import type { IntervalSelection } from '../../core/params/selectIntervals';
import { formatCsv } from './csvText';
import { computeStrideRows } from './eventTables';

/** Columns of the stride CSV, units in the names. */
export const STRIDES_CSV_HEADER = Object.freeze([
  'stride',
  'side',
  'start_time_s',
  'end_time_s',
  'stride_time_s',
  'toe_off_time_s',
  'stance_time_s',
  'swing_time_s',
  'stance_pct',
  'used',
  'excluded_reason',
] as const);

/**
 * Write one row per stride (heel strike to the next heel strike of the same foot), used or excluded.
 * @param selection - the analysis's interval selection (`MeasurementsResult.intervals`); not modified
 * @returns CSV text; times in seconds, stance in % of the stride; empty cells where the toe-off is
 *   missing; `used` 1 when the stride counts in the per-cycle parameters, else 0 with its
 *   `excluded_reason`
 */
export function writeStridesCsv(selection: IntervalSelection): string {
  return formatCsv(
    STRIDES_CSV_HEADER,
    computeStrideRows(selection).map((r) => [
      r.stride,
      r.side,
      r.startTimeS,
      r.endTimeS,
      r.strideTimeS,
      r.toeOffTimeS,
      r.stanceTimeS,
      r.swingTimeS,
      r.stancePct,
      r.used ? 1 : 0,
      r.excludedReason ?? '',
    ]),
  );
}
