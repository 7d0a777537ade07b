import type { DroppedCycle, JointSideCurves } from './types';

/** Options of {@link segmentCycles}. */
export interface SegmentCyclesParams {
  /** Shortest accepted cycle (heel strike to heel strike), s (> 0). */
  minCycleS: number;
  /** Longest accepted cycle, s (> minCycleS). */
  maxCycleS: number;
  /** Largest fraction of the 101 normalised points that may be missing and filled, 0–1. */
  maxMissingFrac: number;
  /** Longest run of missing normalised points that may be filled, % of the cycle (0–100). */
  maxGapPct: number;
}

/**
 * Defaults: cycles of 0.4–3 s; up to 20 % of points missing, no gap longer than 15 % of the cycle
 * (a 3-frame hole at 30 fps in a 1.1 s stride spans 12 %; longer holes are the preprocess stage's job).
 */
export const DEFAULT_SEGMENT_CYCLES_PARAMS: Readonly<SegmentCyclesParams> = Object.freeze({
  minCycleS: 0.4,
  maxCycleS: 3,
  maxMissingFrac: 0.2,
  maxGapPct: 15,
});

/** Number of points of a time-normalised cycle (0, 1, …, 100 %). */
export const CYCLE_POINTS = 101;

// Linear interpolation of a sampled series at time t (NaN outside, or if a neighbour is NaN).
function sampleAt(values: Float64Array, timesS: Float64Array, tS: number): number {
  let lo = 0;
  let hi = timesS.length - 1;
  if (hi < 0 || tS < (timesS[0] ?? NaN) || tS > (timesS[hi] ?? NaN)) return NaN;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((timesS[mid] ?? NaN) <= tS) lo = mid;
    else hi = mid;
  }
  const t0 = timesS[lo] ?? NaN;
  const t1 = timesS[hi] ?? NaN;
  const v0 = values[lo] ?? NaN;
  const v1 = values[hi] ?? NaN;
  if (tS === t0) return v0;
  if (tS === t1) return v1;
  const w = (tS - t0) / (t1 - t0);
  return v0 + w * (v1 - v0);
}

// Fill NaN points linearly (held at the ends); null when too many are missing.
function fillGaps(points: number[], params: Readonly<SegmentCyclesParams>): number[] | null {
  const valid = points.map((v, i) => (Number.isNaN(v) ? -1 : i)).filter((i) => i >= 0);
  const nMissing = points.length - valid.length;
  if (valid.length < 2 || nMissing > params.maxMissingFrac * points.length) return null;
  let longestGap = Math.max(valid[0] ?? 0, points.length - 1 - (valid[valid.length - 1] ?? 0));
  for (let k = 1; k < valid.length; k++) {
    longestGap = Math.max(longestGap, (valid[k] ?? 0) - (valid[k - 1] ?? 0) - 1);
  }
  if (longestGap > params.maxGapPct) return null;
  return points.map((v, i) => {
    if (!Number.isNaN(v)) return v;
    const after = valid.findIndex((j) => j > i);
    if (after <= 0) return points[valid[after < 0 ? valid.length - 1 : 0] ?? 0] ?? NaN;
    const j0 = valid[after - 1] ?? 0;
    const j1 = valid[after] ?? 0;
    const v0 = points[j0] ?? NaN;
    return v0 + ((i - j0) / (j1 - j0)) * ((points[j1] ?? NaN) - v0);
  });
}

// Point-wise mean and sample SD (n − 1) of equal-length rows; SD NaN with fewer than 2 rows.
function meanSd(rows: number[][]): { mean: number[]; sd: number[] } {
  const n = rows.length;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let p = 0; p < CYCLE_POINTS; p++) {
    const col = rows.map((r) => r[p] ?? NaN);
    const m = n > 0 ? col.reduce((a, b) => a + b, 0) / n : NaN;
    mean.push(m);
    sd.push(n > 1 ? Math.sqrt(col.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1)) : NaN);
  }
  return { mean, sd };
}

/**
 * Cut an angle series into gait cycles and time-normalise each to 0–100 % (101 points).
 * @param angleDeg - per-frame angle, deg, NaN where missing; not modified
 * @param timesS - frame times, s, strictly increasing, same length as angleDeg
 * @param heelStrikesS - heel-strike times of ONE side, s (any order; sorted here)
 * @param params - cycle duration bounds and gap tolerance ({@link DEFAULT_SEGMENT_CYCLES_PARAMS})
 * @returns the kept cycles (101 values each), their point-wise mean and SD, nCycles, nDropped
 *   and each dropped cycle with its reason
 * @remarks
 * A cycle runs from one heel strike to the next heel strike of the same side (Perry's gait cycle).
 * Point p (0–100) is the series linearly interpolated at t0 + p/100·(t1 − t0), so the cycle keeps
 * its sub-frame event times. Cycles shorter than minCycleS or longer than maxCycleS (a missed
 * event) are dropped, as are cycles not fully inside the recording. Missing data: a normalised point
 * whose neighbouring frames include a NaN is missing; up to maxMissingFrac of the points, in gaps no
 * longer than maxGapPct, are filled by linear interpolation (held flat at the cycle ends); a cycle
 * with more missing is dropped as `too-many-missing`.
 * @see Perry J, Burnfield JM (2010). Gait Analysis: Normal and Pathological Function, 2nd ed.
 *   SLACK Inc. ISBN 978-1-55642-766-4 (gait cycle from initial contact to initial contact).
 */
export function segmentCycles(
  angleDeg: Float64Array,
  timesS: Float64Array,
  heelStrikesS: readonly number[],
  params: Readonly<SegmentCyclesParams> = DEFAULT_SEGMENT_CYCLES_PARAMS,
): JointSideCurves {
  const strikes = heelStrikesS.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  const cycles: number[][] = [];
  const dropped: DroppedCycle[] = [];
  const firstS = timesS[0] ?? NaN;
  const lastS = timesS[timesS.length - 1] ?? NaN;
  for (let k = 0; k + 1 < strikes.length; k++) {
    const startS = strikes[k] ?? NaN;
    const endS = strikes[k + 1] ?? NaN;
    const durationS = endS - startS;
    let reason: DroppedCycle['reason'] | null = null;
    if (durationS < params.minCycleS) reason = 'cycle-too-short';
    else if (durationS > params.maxCycleS) reason = 'cycle-too-long';
    else if (!(startS >= firstS && endS <= lastS)) reason = 'outside-recording';
    let filled: number[] | null = null;
    if (!reason) {
      const raw = Array.from({ length: CYCLE_POINTS }, (_, p) => {
        const f = p / (CYCLE_POINTS - 1);
        return sampleAt(angleDeg, timesS, startS * (1 - f) + endS * f);
      });
      filled = fillGaps(raw, params);
      if (!filled) reason = 'too-many-missing';
    }
    if (reason || !filled) dropped.push({ startS, endS, reason: reason ?? 'too-many-missing' });
    else cycles.push(filled);
  }
  const { mean, sd } = meanSd(cycles);
  return { cycles, mean, sd, nCycles: cycles.length, nDropped: dropped.length, dropped };
}
