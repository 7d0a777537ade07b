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

  it('findPeaks(y, { openEnds }) judges a peak next to a cut by its closed side', () => {
    // peak 4 at index 4: closed base 0 on the left, the right side runs off the end at 3
    const y = Float64Array.from([1, 0, 5, 0, 4, 3]);
    const cut = findPeaks(y, { minProminence: 0, minDistanceFrames: 1 });
    expect(cut.find((p) => p.indexFrame === 4)!.prominence).toBeCloseTo(1, 12); // 4 − max(0, 3)
    const open = findPeaks(y, { minProminence: 0, minDistanceFrames: 1, openEnds: true });
    expect(open.find((p) => p.indexFrame === 4)!.prominence).toBeCloseTo(4, 12); // 4 − 0
    // the highest sample (both sides open): its depth on the deeper side, 5 − 0
    expect(open.find((p) => p.indexFrame === 2)!.prominence).toBeCloseTo(5, 12);
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
