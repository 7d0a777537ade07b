/** Writer of the per-step timing CSV (reader: readStepsCsv.ts). */
import type { GaitEvent } from '../../core/events/types';
import { formatCsv } from './csvText';
import { computeStepRows } from './eventTables';

/** Columns of the step CSV, units in the names. */
export const STEPS_CSV_HEADER = Object.freeze([
  'step',
  'side',
  'start_time_s',
  'end_time_s',
  'step_time_s',
] as const);

/**
 * Write one row per step (heel strike to the next heel strike of the other foot).
 * @param events - final gait events (manual edits applied); not modified
 * @returns CSV text; times in seconds from the start of the recording
 */
export function writeStepsCsv(events: readonly GaitEvent[]): string {
  return formatCsv(
    STEPS_CSV_HEADER,
    computeStepRows(events).map((r) => [r.step, r.side, r.startTimeS, r.endTimeS, r.stepTimeS]),
  );
}
