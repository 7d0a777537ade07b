import type { GaitEventType, Side } from './types';

/** An event of either list: side, type and time (s). */
export interface TimedEvent {
  side: Side;
  type: GaitEventType;
  timeS: number;
}

/** One row of {@link pairEvents}: a matched pair, or an event found in one list only. */
export interface EventPair {
  side: Side;
  type: GaitEventType;
  /** Time in the reference list (e.g. the file's own events), s; null when only detected. */
  referenceS: number | null;
  /** Time in the detected list, s; null when only in the reference. */
  detectedS: number | null;
  /** detected − reference, s; null unless both exist. */
  diffS: number | null;
}

/**
 * Pair detected events with reference events one to one, per side and type.
 * @param detected - detected events (times in s); not modified
 * @param reference - reference events (times in s, same clock); not modified
 * @param maxDistanceS - largest |detected − reference| that still pairs, s (> 0; less than half
 *   a stride, e.g. 0.25 s)
 * @returns every event once, in time order: pairs with their difference, and the unpaired events
 *   of either list
 * @remarks Greedy by distance: the closest pair of the same side and type is taken first, then the
 *   next closest among the remaining events, so no event pairs twice (unlike nearest-neighbour
 *   matching, where two references may claim one detection). Missing data: NaN times never pair
 *   and are returned unpaired.
 */
export function pairEvents(
  detected: readonly TimedEvent[],
  reference: readonly TimedEvent[],
  maxDistanceS: number,
): EventPair[] {
  const candidates: { r: number; d: number; dist: number }[] = [];
  reference.forEach((r, ri) =>
    detected.forEach((d, di) => {
      const dist = Math.abs(d.timeS - r.timeS);
      if (d.side === r.side && d.type === r.type && dist <= maxDistanceS)
        candidates.push({ r: ri, d: di, dist });
    }),
  );
  candidates.sort((a, b) => a.dist - b.dist);
  const usedR = new Set<number>();
  const usedD = new Set<number>();
  const rows: EventPair[] = [];
  for (const c of candidates) {
    if (usedR.has(c.r) || usedD.has(c.d)) continue;
    usedR.add(c.r);
    usedD.add(c.d);
    const r = reference[c.r]!;
    const d = detected[c.d]!;
    rows.push({
      side: r.side,
      type: r.type,
      referenceS: r.timeS,
      detectedS: d.timeS,
      diffS: d.timeS - r.timeS,
    });
  }
  reference.forEach((r, i) => {
    if (!usedR.has(i))
      rows.push({ side: r.side, type: r.type, referenceS: r.timeS, detectedS: null, diffS: null });
  });
  detected.forEach((d, i) => {
    if (!usedD.has(i))
      rows.push({ side: d.side, type: d.type, referenceS: null, detectedS: d.timeS, diffS: null });
  });
  const at = (p: EventPair): number => p.referenceS ?? p.detectedS ?? NaN;
  return rows.sort((a, b) => at(a) - at(b));
}
