/** Per-step and per-stride timing tables derived from gait events, for the CSV exports. */
import type { GaitEvent, Side } from '../../core/events/types';

/** One step: from a heel strike to the next heel strike of the other foot. */
export interface StepRow {
  /** 1-based step number. */
  step: number;
  /** Side of the heel strike that ends the step (the leading foot). */
  side: Side;
  startTimeS: number;
  endTimeS: number;
  stepTimeS: number;
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
}

const byTime = (a: GaitEvent, b: GaitEvent): number => a.timeS - b.timeS;

/**
 * Steps between consecutive heel strikes of alternating feet.
 * @param events - final gait events (manual edits already applied); not modified
 * @returns steps in time order; two heel strikes of the same foot in a row (a missed event) give no step
 */
export function computeStepRows(events: readonly GaitEvent[]): StepRow[] {
  const hs = events.filter((e) => e.type === 'heel-strike').sort(byTime);
  const rows: StepRow[] = [];
  for (let i = 1; i < hs.length; i++) {
    const a = hs[i - 1]!;
    const b = hs[i]!;
    if (a.side === b.side) continue;
    rows.push({
      step: rows.length + 1,
      side: b.side,
      startTimeS: a.timeS,
      endTimeS: b.timeS,
      stepTimeS: b.timeS - a.timeS,
    });
  }
  return rows;
}

/**
 * Strides between consecutive heel strikes of the same foot, with stance and swing from that foot's toe-off.
 * @param events - final gait events (manual edits already applied); not modified
 * @returns strides sorted by start time
 */
export function computeStrideRows(events: readonly GaitEvent[]): StrideRow[] {
  const rows: Omit<StrideRow, 'stride'>[] = [];
  for (const side of ['left', 'right'] as const) {
    const own = events.filter((e) => e.side === side).sort(byTime);
    const hs = own.filter((e) => e.type === 'heel-strike');
    for (let i = 1; i < hs.length; i++) {
      const start = hs[i - 1]!.timeS;
      const end = hs[i]!.timeS;
      const to = own.find((e) => e.type === 'toe-off' && e.timeS > start && e.timeS < end);
      const toeOffTimeS = to?.timeS ?? NaN;
      const strideTimeS = end - start;
      rows.push({
        side,
        startTimeS: start,
        endTimeS: end,
        strideTimeS,
        toeOffTimeS,
        stanceTimeS: toeOffTimeS - start,
        swingTimeS: end - toeOffTimeS,
        stancePct: (100 * (toeOffTimeS - start)) / strideTimeS,
      });
    }
  }
  return rows.sort((a, b) => a.startTimeS - b.startTimeS).map((r, i) => ({ stride: i + 1, ...r }));
}
