import { describe, expect, it } from 'vitest';
import { normBandForCurve } from '../../../src/core/norms/normBandForCurve';
import {
  schwartzSpeedBand,
  SCHWARTZ_BAND_UPPER_LIMITS,
} from '../../../src/core/norms/schwartzSpeedBand';
import { SPATIOTEMPORAL_NORMS } from '../../../src/core/norms/normData';
import { fukuchiCurve, readCsv } from './readCsv';

/** Bundled curves are rounded to 0.01°. */
const ROUND_DEG = 0.005 + 1e-9;
const schwartz = readCsv('../shared/data/norms/schwartz2008_mean_sd.csv');

describe('normBandForCurve(joint, patient, speedMPerS)', () => {
  it('normBandForCurve(knee, 28 y) is the Fukuchi Young curve at 101 points', () => {
    const b = normBandForCurve('knee', { ageYears: 28, sex: 'f' });
    expect(b.reference).toBe('Fukuchi2018');
    expect(b.population).toContain('21–37 y (Young, n = 24)');
    const ref = fukuchiCurve('Young', 'knee_flexion');
    expect(b.mean).toHaveLength(101);
    b.mean!.forEach((v, p) => expect(Math.abs(v - ref[p]!)).toBeLessThanOrEqual(ROUND_DEG));
  });

  it('normBandForCurve(hip, 45 y / 70 y) picks the All and Older groups', () => {
    expect(normBandForCurve('hip', { ageYears: 45 }).population).toContain('(All, n = 42)');
    expect(normBandForCurve('hip', { ageYears: 70 }).population).toContain('(Older, n = 18)');
  });

  it('normBandForCurve(ankle, 9 y, no speed) is the Schwartz Free band, resampled 51 → 101', () => {
    const b = normBandForCurve('ankle', { ageYears: 9 });
    expect(b.reference).toBe('Schwartz2008');
    expect(b.note).toMatch(/speed unknown/);
    const src = schwartz.filter(
      (r) => r.speed === 'Free' && r.variable === 'AnkleAngles' && r.axis === 'X',
    );
    for (const r of src) {
      const p = Number(r.pct_gait_cycle);
      expect(Math.abs(b.mean![p]! - Number(r.mean))).toBeLessThanOrEqual(ROUND_DEG);
      expect(Math.abs(b.sd![p]! - Number(r.sd))).toBeLessThanOrEqual(ROUND_DEG);
    }
    // Odd points are midpoints of their neighbours.
    expect(b.mean![1]).toBeCloseTo((b.mean![0]! + b.mean![2]!) / 2, 12);
  });

  it('normBandForCurve(knee, 10 y, 140 cm, slow and fast speeds) follows the dimensionless speed band', () => {
    const legM = 1.4 * SPATIOTEMPORAL_NORMS.legLengthPerHeight.mean;
    const speedFor = (v: number) => v * Math.sqrt(9.80665 * legM);
    const mid = [0.1, 0.3, 0.43, 0.57, 0.8];
    const bands = mid.map((v) => schwartzSpeedBand(speedFor(v), 140).band);
    expect(bands).toEqual(['VerySlow', 'Slow', 'Free', 'Fast', 'VeryFast']);
    expect(schwartzSpeedBand(speedFor(0.3), 140).dimensionlessSpeed).toBeCloseTo(0.3, 12);
    expect(SCHWARTZ_BAND_UPPER_LIMITS).toHaveLength(4);
    expect(
      normBandForCurve('knee', { ageYears: 10, heightCm: 140 }, speedFor(0.8)).population,
    ).toContain('VeryFast');
  });

  it('normBandForCurve(trunkTilt / no age / 100 y) gives no norm with the reason', () => {
    expect(normBandForCurve('trunkTilt', { ageYears: 30 }).note).toMatch(/no normative trunk-tilt/);
    expect(normBandForCurve('knee', {})).toEqual({
      joint: 'knee',
      mean: null,
      sd: null,
      reference: '',
      population: '',
      note: 'age unknown',
    });
    expect(normBandForCurve('knee', { ageYears: 100 }).mean).toBeNull();
  });
});
