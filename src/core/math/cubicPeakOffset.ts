import { parabolicOffset } from './parabolicOffset';

/**
 * Sub-sample position of a maximum from the cubic through four samples around it.
 * @param y - the signal (any unit); not modified
 * @param i - index of the discrete maximum (y[i] ≥ its neighbours)
 * @returns offset of the maximum from index i, in samples, within [−0.5, 0.5]; falls back to the
 *   parabola through three samples (±0.5) at the edges or when a sample is not finite
 * @remarks The four samples are i − 1, i, i + 1 and the next one on the higher neighbour's side,
 *   so the interval searched lies inside them. A cubic follows a skewed peak, which a parabola
 *   through three samples does not: on a low-passed signal sampled at 30 fps the parabola moves a
 *   skewed maximum by several ms towards its flatter side. The maximum is found by solving the
 *   cubic's derivative (a quadratic) on [−0.5, 0.5].
 */
export function cubicPeakOffset(y: ArrayLike<number>, i: number): number {
  const l = y[i - 1]!;
  const c = y[i]!;
  const r = y[i + 1]!;
  const parabola = (): number => parabolicOffset(l, c, r);
  const right = r >= l;
  const far = right ? y[i + 2] : y[i - 2];
  if (far === undefined || ![l, c, r, far].every(Number.isFinite)) return parabola();
  // Samples at x = −1, 0, 1, 2 (mirrored when the far sample is on the left).
  const [p0, p1, p2, p3] = right ? [l, c, r, far] : [r, c, l, far];
  // Newton form → power form a + b x + cc x² + d x³.
  const b = (-2 * p0 - 3 * p1 + 6 * p2 - p3) / 6;
  const cc = (p0 - 2 * p1 + p2) / 2;
  const d = (-p0 + 3 * p1 - 3 * p2 + p3) / 6;
  // Roots of b + 2 cc x + 3 d x² on [−0.5, 0.5]; keep the one with the largest value.
  const value = (x: number): number => b * x + cc * x * x + d * x * x * x;
  const candidates = [-0.5, 0.5];
  if (Math.abs(d) > 1e-12 * (Math.abs(b) + Math.abs(cc) + 1e-300)) {
    const disc = 4 * cc * cc - 12 * d * b;
    if (disc >= 0) {
      const s = Math.sqrt(disc);
      candidates.push((-2 * cc + s) / (6 * d), (-2 * cc - s) / (6 * d));
    }
  } else if (cc !== 0) {
    candidates.push(-b / (2 * cc));
  }
  let best = 0;
  let bestV = value(0);
  for (const x of candidates) {
    if (x < -0.5 || x > 0.5) continue;
    const v = value(x);
    if (v > bestV) [best, bestV] = [x, v];
  }
  return right ? best : -best;
}
