/**
 * Sub-sample position of an extremum from a parabola through three samples.
 * @param before - sample value at index i − 1 (finite)
 * @param at - sample value at index i, the discrete extremum (finite)
 * @param after - sample value at index i + 1 (finite)
 * @returns offset of the vertex from index i, in samples, clamped to [−0.5, 0.5]; 0 when the three
 *   samples are collinear or any is NaN
 * @remarks Vertex of the parabola through (−1, before), (0, at), (1, after):
 *   δ = (before − after) / (2·(before − 2·at + after)). Works for maxima and minima alike.
 * @see Smith JO. Spectral Audio Signal Processing. W3K Publishing; 2011. "Quadratic Interpolation of
 *   Spectral Peaks". https://ccrma.stanford.edu/~jos/sasp/Quadratic_Interpolation_Spectral_Peaks.html
 */
export function parabolicOffset(before: number, at: number, after: number): number {
  const den = before - 2 * at + after;
  if (!Number.isFinite(den) || den === 0) return 0;
  const delta = (0.5 * (before - after)) / den;
  return Math.max(-0.5, Math.min(0.5, delta));
}
