import { describe, expect, it } from 'vitest';
import { estimateDominantFrequency } from '../../../src/core/ted/spectrum';
import { frameTimes, gauss, prng } from './synthetic';

describe('estimateDominantFrequency', () => {
  it('estimateDominantFrequency(1.83 Hz sine, 30 Hz) finds 1.83 Hz within 0.01 Hz on 20 s', () => {
    const t = frameTimes(30, 20);
    const r = estimateDominantFrequency(
      t.map((x) => Math.sin(2 * Math.PI * 1.83 * x)),
      30,
    );
    expect(Math.abs(r.frequencyHz - 1.83)).toBeLessThan(0.01);
    expect(r.peakPowerFrac).toBeGreaterThan(0.8);
  });

  it('estimateDominantFrequency(5-s noisy clip with a trend) stays within 0.05 Hz (resolution ≈ 1/duration)', () => {
    const rand = prng(7);
    const t = frameTimes(30, 5);
    const x = t.map((s) => 0.3 * s + Math.sin(2 * Math.PI * 2.1 * s) + 0.3 * gauss(rand));
    const r = estimateDominantFrequency(x, 30);
    expect(Math.abs(r.frequencyHz - 2.1)).toBeLessThan(0.05);
  });

  it('estimateDominantFrequency(fewer than 8 valid samples) returns NaN with counts', () => {
    const x = new Float64Array(50).fill(NaN);
    x[3] = 1;
    const r = estimateDominantFrequency(x, 30);
    expect(r.frequencyHz).toBeNaN();
    expect(r.nUsed).toBe(1);
    expect(r.nDropped).toBe(49);
  });
});
