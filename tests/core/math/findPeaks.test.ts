import { describe, expect, it } from 'vitest';
import { findPeaks } from '../../../src/core/math/findPeaks';
import { parabolicOffset } from '../../../src/core/math/parabolicOffset';
import { quantile, summarize } from '../../../src/core/math/summarize';

describe('findPeaks / parabolicOffset / summarize', () => {
  it('findPeaks(y, params) keeps prominent peaks, enforces spacing and skips NaN neighbours', () => {
    const y = Float64Array.from([0, 3, 0, 1, 0.8, 1.1, 0, NaN, 5, 0, 2, 0]);
    const peaks = findPeaks(y, { minProminence: 0.5, minDistanceFrames: 2 });
    expect(peaks.map((p) => p.indexFrame)).toEqual([1, 5, 10]);
    expect(peaks[0]!.prominence).toBeCloseTo(3, 12);
  });

  it('parabolicOffset(before, at, after) recovers the vertex of a sampled parabola', () => {
    const f = (x: number) => -((x - 0.3) ** 2);
    expect(parabolicOffset(f(-1), f(0), f(1))).toBeCloseTo(0.3, 12);
    expect(parabolicOffset(1, 1, 1)).toBe(0);
  });

  it('summarize(values) drops NaN, counts it and uses n − 1 for the SD', () => {
    const s = summarize([1, 2, 3, NaN, 4]);
    expect(s).toMatchObject({ mean: 2.5, nUsed: 4, nDropped: 1 });
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(s.cvPct).toBeCloseTo((100 * Math.sqrt(5 / 3)) / 2.5, 10);
    expect(summarize([NaN]).mean).toBeNaN();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});
