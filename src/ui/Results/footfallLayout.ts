/**
 * Pure layout of the footfall timeline: stance phases (heel strike → toe-off) per side and event
 * markers, in seconds and in a 0–1000 horizontal view box. No DOM.
 */
import type { GaitEvent, Side } from '../../core/events/types';

/** Width of the timeline's SVG view box, user units. */
export const TIMELINE_WIDTH = 1000;

/** One stance phase of one foot. */
export interface StanceBar {
  side: Side;
  startS: number;
  endS: number;
  /** Indices into the events list of the heel strike and toe-off. */
  heelStrikeIndex: number;
  toeOffIndex: number;
}

/** One event marker. */
export interface EventMarker {
  /** Index into the events list. */
  index: number;
  side: Side;
  type: GaitEvent['type'];
  timeS: number;
  /** Horizontal position in the view box (0–TIMELINE_WIDTH). */
  x: number;
  confidenceFrac: number;
  manual: boolean;
}

/** The whole timeline. */
export interface FootfallLayout {
  durationS: number;
  bars: (StanceBar & { x0: number; x1: number })[];
  markers: EventMarker[];
  /** Heel strikes with no toe-off of the same foot before the next heel strike. */
  openStances: number;
}

/**
 * Map a time to the view box.
 * @param timeS - time, s
 * @param durationS - recording length, s (> 0)
 * @returns x in 0–TIMELINE_WIDTH (clamped)
 */
export function timeToX(timeS: number, durationS: number): number {
  if (!(durationS > 0)) return 0;
  return Math.min(TIMELINE_WIDTH, Math.max(0, (timeS / durationS) * TIMELINE_WIDTH));
}

/**
 * Map a view-box position back to a time.
 * @param x - position in 0–TIMELINE_WIDTH
 * @param durationS - recording length, s
 * @returns time, s, clamped to [0, durationS]
 */
export function xToTime(x: number, durationS: number): number {
  return Math.min(durationS, Math.max(0, (x / TIMELINE_WIDTH) * durationS));
}

/**
 * Stance phases of each foot: each heel strike to the first toe-off of the same foot before that
 * foot's next heel strike.
 * @param events - events sorted by time; not modified
 * @returns bars (s) with the indices of their events, and the number of heel strikes without toe-off
 */
export function stancePhases(events: readonly GaitEvent[]): {
  bars: StanceBar[];
  openStances: number;
} {
  const bars: StanceBar[] = [];
  let openStances = 0;
  events.forEach((hs, i) => {
    if (hs.type !== 'heel-strike') return;
    let to = -1;
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j]!;
      if (e.side !== hs.side) continue;
      if (e.type === 'heel-strike') break;
      to = j;
      break;
    }
    if (to < 0) {
      openStances++;
      return;
    }
    const end = events[to]!;
    bars.push({
      side: hs.side,
      startS: hs.timeS,
      endS: end.timeS,
      heelStrikeIndex: i,
      toeOffIndex: to,
    });
  });
  return { bars, openStances };
}

/**
 * Lay out the footfall timeline.
 * @param events - events sorted by time (`analysis.measurements.events`); not modified
 * @param durationS - recording length, s (> 0)
 * @returns stance bars and markers with view-box positions
 */
export function footfallLayout(events: readonly GaitEvent[], durationS: number): FootfallLayout {
  const { bars, openStances } = stancePhases(events);
  return {
    durationS,
    bars: bars.map((b) => ({
      ...b,
      x0: timeToX(b.startS, durationS),
      x1: timeToX(b.endS, durationS),
    })),
    markers: events.map((e, index) => ({
      index,
      side: e.side,
      type: e.type,
      timeS: e.timeS,
      x: timeToX(e.timeS, durationS),
      confidenceFrac: e.confidenceFrac,
      manual: e.source === 'manual',
    })),
    openStances,
  };
}
