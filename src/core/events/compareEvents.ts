import { quantile } from '../math/summarize';
import type { GaitEventType, Side } from './types';

/** A reference event (e.g. a mocap label) to compare detections with. */
export interface ReferenceEvent {
  side: Side;
  type: GaitEventType;
  timeS: number;
}

/** Agreement of detected events with reference events of one type. */
export interface EventAgreement {
  /** Signed errors detected − reference of the matched events, s. */
  errorsS: number[];
  /** Median absolute error, s (NaN when nothing matched). */
  medianAbsErrorS: number;
  /** 95th percentile of the absolute error, s. */
  p95AbsErrorS: number;
  /** Median signed error (bias), s. */
  biasS: number;
  /** Reference events with no detection of the same side and type within the window. */
  misses: number;
  /** Detections not nearest to any matched reference event. */
  extras: number;
  nMatched: number;
}

/**
 * Compare detected events with reference events of one type (both sides).
 * @param detected - detected events; not modified
 * @param reference - reference events; not modified
 * @param type - `heel-strike` or `toe-off`
 * @param maxDistanceS - a reference event matches the nearest detection of the same side and type
 *   only within this distance, s (> 0; e.g. 0.25 s, a quarter stride)
 * @returns signed errors, median and 95th-percentile absolute error, bias, misses and extras
 * @remarks Each reference event is matched to its nearest detection; a detection used by no
 *   reference event counts as an extra. Missing data: NaN times never match.
 */
export function compareEvents(
  detected: readonly ReferenceEvent[],
  reference: ReferenceEvent[],
  type: GaitEventType,
  maxDistanceS: number,
): EventAgreement {
  const errorsS: number[] = [];
  let misses = 0;
  const used = new Set<ReferenceEvent>();
  for (const ref of reference.filter((r) => r.type === type)) {
    let best: ReferenceEvent | undefined;
    for (const d of detected) {
      if (d.side !== ref.side || d.type !== type) continue;
      if (!best || Math.abs(d.timeS - ref.timeS) < Math.abs(best.timeS - ref.timeS)) best = d;
    }
    if (best && Math.abs(best.timeS - ref.timeS) <= maxDistanceS) {
      errorsS.push(best.timeS - ref.timeS);
      used.add(best);
    } else misses++;
  }
  const abs = errorsS.map(Math.abs);
  return {
    errorsS,
    medianAbsErrorS: quantile(abs, 0.5),
    p95AbsErrorS: quantile(abs, 0.95),
    biasS: quantile(errorsS, 0.5),
    misses,
    extras: detected.filter((d) => d.type === type && !used.has(d)).length,
    nMatched: errorsS.length,
  };
}
