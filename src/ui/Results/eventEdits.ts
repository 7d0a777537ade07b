/**
 * Pure helpers of the manual event editor: build `EventEdit`s (src/core/events/types.ts) on top of
 * the existing edits, describe them in words and find an event again after a recompute. No DOM.
 */
import type { EventEdit, GaitEvent, GaitEventType, Side } from '../../core/events/types';
import { formatNumber } from './formatParameter';
import { EVENT_LABELS, SIDE_LABELS } from './labels';

/**
 * Edits with a delete of one event appended.
 * @param edits - existing edits, in order; not modified
 * @param event - the event to delete
 * @returns a new list
 */
export function withDelete(edits: readonly EventEdit[], event: GaitEvent): EventEdit[] {
  return [...edits, { op: 'delete', side: event.side, type: event.type, timeS: event.timeS }];
}

/**
 * Edits with a move of one event appended.
 * @param edits - existing edits; not modified
 * @param event - the event to move
 * @param toTimeS - its new time, s
 * @returns a new list (unchanged copy when the time does not change)
 */
export function withMove(
  edits: readonly EventEdit[],
  event: GaitEvent,
  toTimeS: number,
): EventEdit[] {
  if (toTimeS === event.timeS) return [...edits];
  return [
    ...edits,
    { op: 'move', side: event.side, type: event.type, fromTimeS: event.timeS, toTimeS },
  ];
}

/**
 * Edits with an added event appended.
 * @param edits - existing edits; not modified
 * @param side - foot
 * @param type - heel strike or toe-off
 * @param timeS - time, s (≥ 0)
 * @param fpsHz - frame rate, Hz (> 0), for the event's frame index
 * @returns a new list
 */
export function withAdd(
  edits: readonly EventEdit[],
  side: Side,
  type: GaitEventType,
  timeS: number,
  fpsHz: number,
): EventEdit[] {
  const event: GaitEvent = {
    side,
    type,
    timeS,
    frame: Math.round(timeS * fpsHz),
    confidenceFrac: 1,
    source: 'manual',
  };
  return [...edits, { op: 'add', event }];
}

/**
 * Shift a time by whole frames, kept inside the recording.
 * @param timeS - time, s
 * @param frames - frames to shift (negative: earlier)
 * @param fpsHz - frame rate, Hz (> 0)
 * @param durationS - recording length, s
 * @returns the new time, s, in [0, durationS]
 */
export function shiftByFrames(
  timeS: number,
  frames: number,
  fpsHz: number,
  durationS: number,
): number {
  return Math.min(durationS, Math.max(0, timeS + frames / fpsHz));
}

/**
 * One edit in words.
 * @param edit - the edit
 * @returns e.g. `Deleted left heel strike at 3.798 s`
 */
export function describeEdit(edit: EventEdit): string {
  const what = (side: Side, type: GaitEventType) =>
    `${SIDE_LABELS[side].toLowerCase()} ${EVENT_LABELS[type].toLowerCase()}`;
  const t = (s: number) => `${formatNumber(s, 3)} s`;
  switch (edit.op) {
    case 'add':
      return `Added ${what(edit.event.side, edit.event.type)} at ${t(edit.event.timeS)}`;
    case 'delete':
      return `Deleted ${what(edit.side, edit.type)} at ${t(edit.timeS)}`;
    case 'move':
      return `Moved ${what(edit.side, edit.type)} from ${t(edit.fromTimeS)} to ${t(edit.toTimeS)}`;
  }
}

export { findEvent } from '../../core/events/findEvent';
