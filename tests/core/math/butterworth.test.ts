import { describe, expect, it } from 'vitest';
import { butterworthLowpassCoeffs, lowpassFiltfilt } from '../../../src/core/math/butterworth';

const sine = (n: number, fHz: number, fps: number) =>
  Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * fHz * i) / fps));
const rms = (v: Float64Array, from: number, to: number) =>
  Math.sqrt(v.subarray(from, to).reduce((s, x) => s + x * x, 0) / (to - from));

describe('lowpassFiltfilt', () => {
  it('butterworthLowpassCoeffs(6, 100) has unit gain at DC', () => {
    const c = butterworthLowpassCoeffs(6, 100);
    expect((c.b0 + c.b1 + c.b2) / (1 + c.a1 + c.a2)).toBeCloseTo(1, 12);
  });

  it('lowpassFiltfilt(x, 6, fps) passes 1 Hz and removes 15 Hz at 30, 60 and 100 fps', () => {
    for (const fps of [30, 60, 100]) {
      const n = fps * 10;
      const low = lowpassFiltfilt(sine(n, 1, fps), 6, fps);
      expect(rms(low, fps, n - fps) / Math.SQRT1_2).toBeCloseTo(1, 1); // within 5 % (gain at 1 Hz ≈ 1)
      if (fps >= 60) {
        const high = lowpassFiltfilt(sine(n, 15, fps), 6, fps);
        expect(rms(high, fps, n - fps)).toBeLessThan(0.05 * Math.SQRT1_2);
      }
    }
  });

  it('lowpassFiltfilt(x, 6, 100) has zero lag: the peak of a 1 Hz sine stays within 0.5 frame', () => {
    const fps = 100;
    const y = lowpassFiltfilt(sine(1000, 1, fps), 6, fps);
    let best = 300;
    for (let i = 300; i < 400; i++) if (y[i]! > y[best]!) best = i;
    expect(Math.abs(best - 325)).toBeLessThanOrEqual(0.5); // true peak at 3.25 s
  });

  it('lowpassFiltfilt(x, …) keeps NaN in place, filters each finite run and does not modify x', () => {
    const x = Float64Array.from({ length: 200 }, (_, i) => (i >= 90 && i < 100 ? NaN : 5));
    const copy = x.slice();
    const y = lowpassFiltfilt(x, 6, 100);
    expect(x).toEqual(copy);
    for (let i = 0; i < 200; i++) {
      if (i >= 90 && i < 100) expect(y[i]).toBeNaN();
      else expect(y[i]).toBeCloseTo(5, 9); // constant stays constant, no edge transient
    }
  });

  it('lowpassFiltfilt(x, cutoff ≥ 0.49·fps) returns an unfiltered copy', () => {
    const x = sine(50, 10, 30);
    expect(lowpassFiltfilt(x, 15, 30)).toEqual(x);
  });
});
