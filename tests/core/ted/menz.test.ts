import { describe, expect, it } from 'vitest';
import { computeHarmonicRatioMenz } from '../../../src/core/ted/menz';

const FS_HZ = 30;
const STRIDE_S = 1;

/** Uniform series with even (step) harmonic amplitude 1 and odd (stride) harmonic amplitude `odd`. */
function series(odd: number, strides = 8): { fsHz: number; startS: number; values: Float64Array } {
  const n = strides * STRIDE_S * FS_HZ + 1;
  const values = Float64Array.from({ length: n }, (_, i) => {
    const t = i / FS_HZ;
    return (
      Math.cos((2 * Math.PI * 2 * t) / STRIDE_S) +
      odd * Math.cos((2 * Math.PI * t) / STRIDE_S + 0.3)
    );
  });
  return { fsHz: FS_HZ, startS: 0, values };
}
const windows = Array.from({ length: 8 }, (_, i) => ({
  startS: i * STRIDE_S,
  endS: (i + 1) * STRIDE_S,
}));

describe('computeHarmonicRatioMenz', () => {
  it('computeHarmonicRatioMenz(series, strides, {fromPosition: false}) equals even/odd amplitude = 1/a', () => {
    const hr = computeHarmonicRatioMenz(series(0.25), windows, {
      maxHarmonics: 10,
      maxMissingFrac: 0.1,
      minStridesForOk: 4,
      fromPosition: false,
    });
    // exact harmonics on integer windows; tolerance from the linear detrend of a periodic window
    expect(Math.abs(hr.value - 4)).toBeLessThan(0.05);
    expect(hr.nUsed).toBe(8);
    expect(hr.confidence).toBe('ok');
  });

  it('computeHarmonicRatioMenz(position series) weights harmonic k by k², giving 4/a for harmonics 1 and 2', () => {
    const hr = computeHarmonicRatioMenz(series(0.25), windows);
    expect(Math.abs(hr.value - 16)).toBeLessThan(0.2);
  });

  it('computeHarmonicRatioMenz(a stride with too many NaN) drops that stride and counts it', () => {
    const s = series(0.5);
    for (let i = 5; i < 15; i++) s.values[i] = NaN;
    const hr = computeHarmonicRatioMenz(s, windows);
    expect(hr.nUsed).toBe(7);
    expect(hr.nDropped).toBe(1);
  });

  it('computeHarmonicRatioMenz(no windows) returns NaN with reason too-few-strides', () => {
    const hr = computeHarmonicRatioMenz(series(0.5), []);
    expect(hr.value).toBeNaN();
    expect(hr.reasons).toEqual(['too-few-strides']);
  });
});
