import { describe, expect, it } from 'vitest';
import { fillGaps } from '../../../src/core/preprocess/fillGaps';

describe('fillGaps', () => {
  it('fillGaps(values, 2) interpolates gaps up to 2 frames and refuses longer ones', () => {
    const v = Float64Array.from([0, NaN, 2, 3, NaN, NaN, NaN, 7, NaN]);
    const r = fillGaps(v, 2);
    expect(Array.from(r.values.subarray(0, 4))).toEqual([0, 1, 2, 3]);
    expect(r.values[5]).toBeNaN();
    expect(r.values[8]).toBeNaN(); // trailing NaN is not an interior gap
    expect(r.filledSamples).toBe(1);
    expect(r.refusedGaps).toEqual([{ startFrame: 4, endFrame: 6 }]);
    expect(v[1]).toBeNaN(); // input untouched
  });
});
