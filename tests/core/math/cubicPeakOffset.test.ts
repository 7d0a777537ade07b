import { describe, expect, it } from 'vitest';
import { cubicPeakOffset } from '../../../src/core/math/cubicPeakOffset';
import { parabolicOffset } from '../../../src/core/math/parabolicOffset';

// A skewed peak: slow rise, fast fall (like heel − pelvis near heel strike), maximum at t = 0.3.
const skewed = (t: number): number => 0.25 * (t - 0.3) ** 3 - (t - 0.3) ** 2;

describe('cubicPeakOffset', () => {
  it('cubicPeakOffset(samples of a cubic) finds its maximum exactly where the parabola is off', () => {
    const y = [-2, -1, 0, 1, 2].map(skewed); // samples at t = −2…2; discrete maximum at index 2
    expect(cubicPeakOffset(y, 2)).toBeCloseTo(0.3, 9);
    const parabola = parabolicOffset(y[1]!, y[2]!, y[3]!);
    expect(Math.abs(parabola - 0.3)).toBeGreaterThan(0.01);
  });

  it('cubicPeakOffset(mirrored samples) mirrors the offset', () => {
    const y = [-2, -1, 0, 1, 2].map((t) => skewed(-t));
    expect(cubicPeakOffset(y, 2)).toBeCloseTo(-0.3, 9);
  });

  it('cubicPeakOffset(at the edge or next to NaN) falls back to the parabola', () => {
    const y = [0, 1, 0.5];
    expect(cubicPeakOffset(y, 1)).toBe(parabolicOffset(0, 1, 0.5));
    expect(cubicPeakOffset([NaN, 0, 1, 0.5], 2)).toBe(parabolicOffset(0, 1, 0.5));
  });

  it('cubicPeakOffset(flat top) stays within half a sample', () => {
    expect(cubicPeakOffset([1, 1, 1, 1], 1)).toBeGreaterThanOrEqual(-0.5);
    expect(cubicPeakOffset([1, 1, 1, 1], 1)).toBeLessThanOrEqual(0.5);
  });
});
