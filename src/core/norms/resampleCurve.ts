/**
 * Resample an evenly spaced 0–100 % cycle curve to another number of points.
 * @param values - curve values at evenly spaced % of the cycle (length ≥ 2); not modified
 * @param nPoints - length of the result (≥ 2), e.g. 101 for every 1 %
 * @returns nPoints values, linearly interpolated; a copy when the length already matches
 * @remarks Missing data: a NaN propagates only to the points interpolated from it; points that
 *   coincide with a source sample take that sample's value.
 */
export function resampleCurve(values: readonly number[], nPoints: number): number[] {
  if (values.length === nPoints) return [...values];
  const last = values.length - 1;
  return Array.from({ length: nPoints }, (_, p) => {
    const x = (p / (nPoints - 1)) * last;
    const i = Math.min(Math.floor(x), last - 1);
    const a = values[i] ?? NaN;
    if (x === i) return a; // an exact sample: a NaN neighbour must not spread to it
    if (x === i + 1) return values[i + 1] ?? NaN;
    return a + (x - i) * ((values[i + 1] ?? NaN) - a);
  });
}
