/** Writer of the per-stride timing CSV (reader: readStridesCsv.ts). */
import type { GaitEvent } from '../../core/events/types';
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
] as const);

/**
 * Write one row per stride (heel strike to the next heel strike of the same foot).
 * @param events - final gait events (manual edits applied); not modified
 * @returns CSV text; times in seconds, stance in % of the stride; empty cells where the toe-off is missing
 */
export function writeStridesCsv(events: readonly GaitEvent[]): string {
  return formatCsv(
    STRIDES_CSV_HEADER,
    computeStrideRows(events).map((r) => [
      r.stride,
      r.side,
      r.startTimeS,
      r.endTimeS,
      r.strideTimeS,
      r.toeOffTimeS,
      r.stanceTimeS,
      r.swingTimeS,
      r.stancePct,
    ]),
  );
}
