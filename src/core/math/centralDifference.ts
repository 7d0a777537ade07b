/**
 * Time derivative of a series sampled at a constant rate (central differences).
 * @param values - samples (any unit u); NaN marks missing; not modified
 * @param fpsHz - sampling rate, Hz (> 0)
 * @returns a new Float64Array in u/s
 * @remarks Central difference (x[i+1] − x[i−1])·fps/2 inside, one-sided at the ends. Missing data:
 *   where one neighbour is NaN the one-sided difference to the other is used; where both are, NaN.
 */
export function centralDifference(values: Float64Array, fpsHz: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const prev = i > 0 ? values[i - 1]! : NaN;
    const next = i < n - 1 ? values[i + 1]! : NaN;
    if (Number.isFinite(prev) && Number.isFinite(next)) out[i] = ((next - prev) * fpsHz) / 2;
    else if (Number.isFinite(next) && Number.isFinite(v)) out[i] = (next - v) * fpsHz;
    else if (Number.isFinite(prev) && Number.isFinite(v)) out[i] = (v - prev) * fpsHz;
  }
  return out;
}
