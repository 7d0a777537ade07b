import type { GaitEvent, GaitEventType, Side } from './types';

/**
 * Index of the event of one side and type nearest to a time, within a tolerance.
 * @param events - events; not modified
 * @param side - foot
 * @param type - event type
 * @param timeS - time, s
 * @param toleranceS - largest distance, s (≥ 0)
 * @returns the index, or −1 when none is that close
 * @remarks Events with a NaN time never match.
 */
export function findEvent(
  events: readonly GaitEvent[],
  side: Side,
  type: GaitEventType,
  timeS: number,
  toleranceS: number,
): number {
  let best = -1;
  events.forEach((e, i) => {
    if (e.side !== side || e.type !== type) return;
    const d = Math.abs(e.timeS - timeS);
    if (d <= toleranceS && (best < 0 || d < Math.abs(events[best]!.timeS - timeS))) best = i;
  });
  return best;
}
