import { describe, expect, it } from 'vitest';
import { computeUnbiasedAutocorrelation } from '../../../src/core/ted/autocorrelation';

describe('computeUnbiasedAutocorrelation', () => {
  const period = 20;
  const sine = Float64Array.from({ length: 200 }, (_, i) => Math.sin((2 * Math.PI * i) / period));

  it('computeUnbiasedAutocorrelation(sine, maxLag) is 1 at lag 0, ≈1 at one period and ≈−1 at half a period', () => {
    const acf = computeUnbiasedAutocorrelation(sine, 40);
    expect(acf.coef[0]).toBe(1);
    // unbiased estimate of a pure sine: exact up to end effects of a partial window, tolerance 0.02
    expect(Math.abs(acf.coef[period]! - 1)).toBeLessThan(0.02);
    expect(Math.abs(acf.coef[period / 2]! + 1)).toBeLessThan(0.02);
    expect(acf.nUsed).toBe(200);
    expect(acf.pairs[period]).toBe(200 - period);
  });

  it('computeUnbiasedAutocorrelation(values with NaN) skips missing pairs and keeps the peak', () => {
    const holed = Float64Array.from(sine, (v, i) => (i % 7 === 3 ? NaN : v));
    const acf = computeUnbiasedAutocorrelation(holed, 40);
    expect(acf.nDropped).toBe(29);
    expect(acf.pairs[period]).toBeLessThan(200 - period);
    expect(Math.abs(acf.coef[period]! - 1)).toBeLessThan(0.03);
    expect(holed[3]).toBeNaN(); // input untouched
  });

  it('computeUnbiasedAutocorrelation(all NaN) returns NaN coefficients without throwing', () => {
    const acf = computeUnbiasedAutocorrelation(new Float64Array(10).fill(NaN), 5);
    expect(acf.nUsed).toBe(0);
    expect(Array.from(acf.coef).every(Number.isNaN)).toBe(true);
  });
});
