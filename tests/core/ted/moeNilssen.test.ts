import { describe, expect, it } from 'vitest';
import { estimateRegularityMoeNilssen } from '../../../src/core/ted/moeNilssen';
import { frameTimes, gauss, prng } from './synthetic';

const FS_HZ = 30;
/** Half a frame, s: the lag resolution target after parabolic refinement. */
const HALF_FRAME_S = 0.5 / FS_HZ;

describe('estimateRegularityMoeNilssen', () => {
  it('estimateRegularityMoeNilssen(clean periodic signal) gives step time 1/f and regularity ≈ 1', () => {
    const t = frameTimes(FS_HZ, 20);
    const r = estimateRegularityMoeNilssen(
      t.map((s) => Math.cos(2 * Math.PI * 1.9 * s)),
      FS_HZ,
    );
    expect(Math.abs(r.dominantFrequencyHz.value - 1.9)).toBeLessThan(0.01);
    expect(Math.abs(r.stepPeriodS.value - 1 / 1.9)).toBeLessThan(HALF_FRAME_S);
    expect(Math.abs(r.stridePeriodS.value - 2 / 1.9)).toBeLessThan(HALF_FRAME_S);
    expect(r.stepRegularity.value).toBeGreaterThan(0.97);
    expect(r.strideRegularity.value).toBeGreaterThan(0.97);
    expect(r.stepRegularity.confidence).toBe('ok');
  });

  it('estimateRegularityMoeNilssen(signal + white noise) gives regularity ≈ var(s) / (var(s) + var(n))', () => {
    const rand = prng(11);
    const t = frameTimes(FS_HZ, 30);
    const x = t.map((s) => Math.sin(2 * Math.PI * 1.7 * s) + 0.5 * gauss(rand));
    const expected = 0.5 / (0.5 + 0.25); // 0.667
    const r = estimateRegularityMoeNilssen(x, FS_HZ);
    expect(Math.abs(r.stepRegularity.value - expected)).toBeLessThan(0.06);
    expect(Math.abs(r.strideRegularity.value - expected)).toBeLessThan(0.06);
  });

  it('estimateRegularityMoeNilssen(stride-asymmetric signal) separates step (Ad1) from stride (Ad2) regularity', () => {
    const a = 0.5; // odd (stride) harmonic amplitude: Ad1 = (1 − a²)/(1 + a²) = 0.6, Ad2 = 1
    const t = frameTimes(FS_HZ, 20);
    const x = t.map((s) => Math.cos(2 * Math.PI * 2 * s) + a * Math.cos(Math.PI * 2 * s));
    const r = estimateRegularityMoeNilssen(x, FS_HZ);
    expect(Math.abs(r.stepPeriodS.value - 0.5)).toBeLessThan(HALF_FRAME_S);
    expect(Math.abs(r.stepRegularity.value - 0.6)).toBeLessThan(0.03);
    expect(r.strideRegularity.value).toBeGreaterThan(0.97);
  });

  it('estimateRegularityMoeNilssen(3-s clip) flags values as low-confidence (too-few-strides)', () => {
    const t = frameTimes(FS_HZ, 3);
    const r = estimateRegularityMoeNilssen(
      t.map((s) => Math.cos(2 * Math.PI * 1.8 * s)),
      FS_HZ,
    );
    expect(Number.isFinite(r.stepRegularity.value)).toBe(true);
    expect(r.stepRegularity.confidence).toBe('low');
    expect(r.stepRegularity.reasons).toContain('too-few-strides');
  });

  it('estimateRegularityMoeNilssen(all NaN) returns NaN values with reason too-many-missing-frames', () => {
    const r = estimateRegularityMoeNilssen(new Float64Array(300).fill(NaN), FS_HZ);
    expect(r.stepRegularity.value).toBeNaN();
    expect(r.stepRegularity.confidence).toBe('none');
    expect(r.stepRegularity.reasons).toContain('too-many-missing-frames');
  });
});
