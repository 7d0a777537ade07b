import { median } from '../math/summarize';
import type { GaitEvent } from './types';

/** Options of {@link enforceEventOrder}. */
export interface EnforceEventOrderParams {
  /** Two events of one side and type closer than this fraction of their median interval are duplicates (0–1). */
  minIntervalFrac: number;
}

/** Default options of {@link enforceEventOrder}. */
export const DEFAULT_ENFORCE_EVENT_ORDER_PARAMS: Readonly<EnforceEventOrderParams> = Object.freeze({
  minIntervalFrac: 0.6,
});

/** Why an event was dropped. */
export type DroppedEventReason = 'duplicate' | 'out-of-order';

/** Result of {@link enforceEventOrder}. */
export interface EnforceEventOrderResult {
  /** Kept events, sorted by time. */
  events: GaitEvent[];
  dropped: { event: GaitEvent; reason: DroppedEventReason }[];
}

/**
 * Enforce a plausible event sequence: per side HS → TO → HS, and no duplicate events.
 * @param events - events of both sides (any order); not modified
 * @param params - `minIntervalFrac` (0–1, default 0.6)
 * @returns kept events sorted by time and the dropped ones with reasons
 * @remarks Two events of the same side and type closer than 0.6 × the median interval of that side
 *   and type are duplicates; the less confident one is dropped. Then, per side, two toe-offs with no
 *   heel strike between them (or two heel strikes with no toe-off between them) that are closer than 0.75 ×
 *   the median stride would leave an impossible sequence; the less confident is dropped as
 *   `out-of-order`. Farther apart, the pair is kept: an event in between was missed, and the cycles
 *   that need it are dropped later. L/R alternation follows from these rules together with the cycle
 *   builder, which needs exactly one contralateral heel strike and toe-off in each cycle. Missing
 *   data: events with a NaN time are dropped as `out-of-order`.
 */
export function enforceEventOrder(
  events: GaitEvent[],
  params: EnforceEventOrderParams = DEFAULT_ENFORCE_EVENT_ORDER_PARAMS,
): EnforceEventOrderResult {
  const dropped: EnforceEventOrderResult['dropped'] = [];
  const kept: GaitEvent[] = [];
  for (const e of events) {
    if (Number.isFinite(e.timeS)) kept.push(e);
    else dropped.push({ event: e, reason: 'out-of-order' });
  }
  kept.sort((a, b) => a.timeS - b.timeS);
  const drop = (e: GaitEvent, reason: DroppedEventReason): void => {
    kept.splice(kept.indexOf(e), 1);
    dropped.push({ event: e, reason });
  };
  for (const side of ['left', 'right'] as const) {
    for (const type of ['heel-strike', 'toe-off'] as const) {
      const same = (): GaitEvent[] => kept.filter((e) => e.side === side && e.type === type);
      const list = same();
      const intervals = list.slice(1).map((e, i) => e.timeS - list[i]!.timeS);
      const minGap = params.minIntervalFrac * median(intervals);
      for (let changed = true; changed;) {
        changed = false;
        const cur = same();
        for (let i = 1; i < cur.length; i++) {
          if (cur[i]!.timeS - cur[i - 1]!.timeS >= minGap) continue;
          drop(
            cur[i]!.confidenceFrac < cur[i - 1]!.confidenceFrac ? cur[i]! : cur[i - 1]!,
            'duplicate',
          );
          changed = true;
          break;
        }
      }
    }
    const strideS = median(
      kept
        .filter((e) => e.side === side && e.type === 'heel-strike')
        .map((e, i, a) => (i > 0 ? e.timeS - a[i - 1]!.timeS : NaN)),
    );
    for (let changed = true; changed;) {
      changed = false;
      const own = kept.filter((e) => e.side === side);
      for (let i = 1; i < own.length; i++) {
        const [a, b] = [own[i - 1]!, own[i]!];
        if (a.type !== b.type || !(b.timeS - a.timeS < 0.75 * strideS)) continue;
        drop(b.confidenceFrac < a.confidenceFrac ? b : a, 'out-of-order');
        changed = true;
        break;
      }
    }
  }
  return { events: kept, dropped };
}
