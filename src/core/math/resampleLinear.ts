/**
 * Resample a series at new times by linear interpolation.
 * @param timesS - sample times of `values`, s, strictly increasing; not modified
 * @param values - samples (any unit); NaN marks missing; not modified
 * @param newTimesS - times to sample at, s (any order)
 * @returns a new Float64Array with one value per new time
 * @remarks Missing data: a new time whose bracketing samples include a NaN, or that lies outside
 *   [first, last] time, gives NaN. Binary search per new time, O(m log n).
 */
export function resampleLinear(
  timesS: Float64Array,
  values: Float64Array,
  newTimesS: Float64Array,
): Float64Array {
  const out = new Float64Array(newTimesS.length).fill(NaN);
  const n = timesS.length;
  for (let k = 0; k < newTimesS.length; k++) {
    const t = newTimesS[k]!;
    if (!(t >= timesS[0]!) || !(t <= timesS[n - 1]!)) continue;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (timesS[mid]! <= t) lo = mid;
      else hi = mid;
    }
    const t0 = timesS[lo]!;
    const t1 = timesS[hi]!;
    const w = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
    out[k] = values[lo]! + w * (values[hi]! - values[lo]!);
  }
  return out;
}

/**
 * Value of a series at one time by linear interpolation of frame-indexed samples.
 * @param values - samples at a constant rate (any unit); NaN marks missing; not modified
 * @param frame - fractional frame index (0 … length − 1)
 * @returns the interpolated value; NaN outside the series or next to a NaN
 */
export function valueAtFrame(values: Float64Array, frame: number): number {
  if (!(frame >= 0) || frame > values.length - 1) return NaN;
  const i = Math.min(Math.floor(frame), values.length - 2);
  if (i < 0) return values[0]!;
  const w = frame - i;
  return values[i]! + w * (values[i + 1]! - values[i]!);
}
