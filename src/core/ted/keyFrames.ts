/** Key frames of the most representative and the most abnormal gait cycle. */
import type { GaitEvent, Side } from '../events/types';
import type { CycleKeyFrames, KeyFrames } from './types';

/**
 * Choose the most representative and the most abnormal complete gait cycle.
 * @param events - gait events of both sides; not modified; NaN times are ignored
 * @param timesS - frame times, s (increasing), used to map event times to frame indices
 * @returns the two cycles' HS, TO, mid-swing and next-HS frames and times, and the cycle count
 * @remarks A cycle runs from one heel strike to the next of the same side; its toe-off is the
 * single toe-off of that side in between (mid-swing = midpoint of toe-off and next heel strike).
 * Each cycle is described by stride time and, when every cycle has a toe-off, stance %. Features
 * are scaled by robust z (value − median) / (1.4826 · MAD), with a floor of 2 % of the median (so
 * a perfectly regular walk gives small scores); a cycle's deviation is the Euclidean norm of its
 * z values. Representative = smallest deviation; most abnormal = largest (null with < 2 cycles).
 * Ties go to the earlier cycle. This is a GaitLens heuristic for choosing evidence frames.
 */
export function computeKeyFrames(events: readonly GaitEvent[], timesS: Float64Array): KeyFrames {
  const cycles: CycleKeyFrames[] = [];
  for (const side of ['left', 'right'] as Side[]) {
    const of = (type: GaitEvent['type']): number[] =>
      events
        .filter((e) => e.side === side && e.type === type && Number.isFinite(e.timeS))
        .map((e) => e.timeS)
        .sort((a, b) => a - b);
    const hs = of('heel-strike');
    const to = of('toe-off');
    for (let i = 0; i + 1 < hs.length; i++) {
      const t0 = hs[i]!;
      const t1 = hs[i + 1]!;
      const inside = to.filter((t) => t > t0 && t < t1);
      const tTo = inside.length === 1 ? inside[0]! : NaN;
      const tMid = (tTo + t1) / 2;
      cycles.push({
        side,
        heelStrikeFrame: nearestFrame(timesS, t0),
        heelStrikeTimeS: t0,
        toeOffFrame: nearestFrame(timesS, tTo),
        toeOffTimeS: tTo,
        midSwingFrame: nearestFrame(timesS, tMid),
        midSwingTimeS: tMid,
        nextHeelStrikeFrame: nearestFrame(timesS, t1),
        nextHeelStrikeTimeS: t1,
        strideTimeS: t1 - t0,
        stancePct: (100 * (tTo - t0)) / (t1 - t0),
        deviationZ: NaN,
      });
    }
  }
  cycles.sort((a, b) => a.heelStrikeTimeS - b.heelStrikeTimeS);
  if (cycles.length === 0) return { representative: null, mostAbnormal: null, nCycles: 0 };
  const features: Array<(c: CycleKeyFrames) => number> = [(c) => c.strideTimeS];
  if (cycles.every((c) => Number.isFinite(c.stancePct))) features.push((c) => c.stancePct);
  const scales = features.map((f) => robustScale(cycles.map(f)));
  const scored = cycles.map((c) => ({
    ...c,
    deviationZ: Math.hypot(
      ...features.map((f, k) => (f(c) - scales[k]!.median) / scales[k]!.scale),
    ),
  }));
  let lo = 0;
  let hi = 0;
  scored.forEach((c, i) => {
    if (c.deviationZ < scored[lo]!.deviationZ) lo = i;
    if (c.deviationZ > scored[hi]!.deviationZ) hi = i;
  });
  return {
    representative: scored[lo]!,
    mostAbnormal: scored.length >= 2 ? scored[hi]! : null,
    nCycles: scored.length,
  };
}

// Median and MAD-based scale (floor: 2 % of |median|, or 1e-9).
function robustScale(values: number[]): { median: number; scale: number } {
  const med = median(values);
  const mad = median(values.map((v) => Math.abs(v - med)));
  return { median: med, scale: Math.max(1.4826 * mad, 0.02 * Math.abs(med), 1e-9) };
}

// Median of a non-empty array.
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Index of the frame whose time is nearest to t.
 * @param timesS - frame times, s, increasing
 * @param t - time, s
 * @returns frame index (integer ≥ 0), or -1 when t is NaN or there are no frames
 */
export function nearestFrame(timesS: Float64Array, t: number): number {
  if (!Number.isFinite(t) || timesS.length === 0) return -1;
  let lo = 0;
  let hi = timesS.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (timesS[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(timesS[hi]! - t) < Math.abs(timesS[lo]! - t) ? hi : lo;
}
