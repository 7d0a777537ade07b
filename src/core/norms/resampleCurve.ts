/**
 * Resample an evenly spaced 0–100 % cycle curve to another number of points.
 * @param values - curve values at evenly spaced % of the cycle (length ≥ 2); not modified
 * @param nPoints - length of the result (≥ 2), e.g. 101 for every 1 %
 * @returns nPoints values, linearly interpolated; a copy when the length already matches
 * @remarks Missing data: NaN values propagate to the points interpolated from them.
 */
export function resampleCurve(values: readonly number[], nPoints: number): number[] {
  if (values.length === nPoints) return [...values];
  const last = values.length - 1;
  return Array.from({ length: nPoints }, (_, p) => {
    const x = (p / (nPoints - 1)) * last;
    const i = Math.min(Math.floor(x), last - 1);
    const a = values[i] ?? NaN;
    return a + (x - i) * ((values[i + 1] ?? NaN) - a);
  });
}
