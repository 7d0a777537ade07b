/** Local maxima with prominence and minimum spacing. */

/** Options of {@link findPeaks}. */
export interface FindPeaksParams {
  /** Smallest prominence a peak needs, in the signal's unit (≥ 0). */
  minProminence: number;
  /** Smallest distance between kept peaks, frames (≥ 1); the more prominent peak wins. */
  minDistanceFrames: number;
  /**
   * The series was cut out of a longer recording at both ends (default false): a base search that
   * reaches an end without finding a higher sample says nothing about the peak, so only the other
   * side's base counts (a peak near a cut keeps the prominence its closed side gives it).
   */
  openEnds?: boolean;
}

/** One peak found by {@link findPeaks}. */
export interface Peak {
  /** Index of the sample at the top. */
  indexFrame: number;
  /** Height above the higher of the two bases (topographic prominence), in the signal's unit. */
  prominence: number;
}

// Lowest value between index i and the nearest higher sample (or a NaN / the end) in one direction,
// and whether the search ran to the end of the series.
function baseLevel(y: Float64Array, i: number, step: 1 | -1): { low: number; open: boolean } {
  const top = y[i]!;
  let low = top;
  for (let j = i + step; j >= 0 && j < y.length; j += step) {
    const v = y[j]!;
    if (!Number.isFinite(v) || v > top) return { low, open: false };
    if (v < low) low = v;
  }
  return { low, open: true };
}

/**
 * Find local maxima of a series (use the negated series for minima).
 * @param y - samples; NaN marks missing samples; not modified
 * @param params - `minProminence` (signal unit, ≥ 0) and `minDistanceFrames` (≥ 1)
 * @returns peaks sorted by index, each with `indexFrame` and `prominence`
 * @remarks A peak is a finite sample higher than its left neighbour and not lower than its right
 *   neighbour (plateaus count once, at their first sample). Missing data: a sample next to a NaN is
 *   never a peak, and a base search stops at NaN, so peaks never span a gap. Prominence follows the
 *   usual topographic definition; spacing is enforced greedily from the most prominent peak down.
 *   With `openEnds` (series cut from a longer recording), a side whose base search runs off the end
 *   of the series is ignored; when both do (the highest sample), the deeper side counts.
 * @see Virtanen P, et al. SciPy 1.0: fundamental algorithms for scientific computing in Python.
 *   Nat Methods. 2020;17:261–272 (`scipy.signal.find_peaks`). doi:10.1038/s41592-019-0686-2
 */
export function findPeaks(y: Float64Array, params: FindPeaksParams): Peak[] {
  const candidates: Peak[] = [];
  for (let i = 1; i < y.length - 1; i++) {
    const v = y[i]!;
    const l = y[i - 1]!;
    const r = y[i + 1]!;
    if (!Number.isFinite(v) || !Number.isFinite(l) || !Number.isFinite(r)) continue;
    if (!(v > l && v >= r)) continue;
    const left = baseLevel(y, i, -1);
    const right = baseLevel(y, i, 1);
    const closed = [left, right].filter((b) => !b.open).map((b) => b.low);
    const base = !params.openEnds
      ? Math.max(left.low, right.low)
      : closed.length > 0
        ? Math.max(...closed)
        : Math.min(left.low, right.low); // the highest sample of the series: its depth on either side
    const prominence = v - base;
    if (prominence >= params.minProminence) candidates.push({ indexFrame: i, prominence });
  }
  const byProminence = [...candidates].sort((a, b) => b.prominence - a.prominence);
  const kept: Peak[] = [];
  for (const p of byProminence) {
    if (kept.every((k) => Math.abs(k.indexFrame - p.indexFrame) >= params.minDistanceFrames)) {
      kept.push(p);
    }
  }
  return kept.sort((a, b) => a.indexFrame - b.indexFrame);
}
