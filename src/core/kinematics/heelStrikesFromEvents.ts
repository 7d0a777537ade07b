import type { GaitEvent } from '../events/types';
import type { HeelStrikesS } from './types';

/**
 * Heel-strike times per side from a list of gait events.
 * @param events - gait events of any type and side (manual edits already applied); not modified
 * @returns `{ left, right }`: each side's heel-strike times, s, sorted ascending (toe-offs ignored)
 * @remarks Missing data: events with a non-finite timeS are skipped.
 */
export function heelStrikesFromEvents(events: readonly GaitEvent[]): Required<HeelStrikesS> {
  const pick = (side: GaitEvent['side']): number[] =>
    events
      .filter((e) => e.side === side && e.type === 'heel-strike' && Number.isFinite(e.timeS))
      .map((e) => e.timeS)
      .sort((a, b) => a - b);
  return { left: pick('left'), right: pick('right') };
}
