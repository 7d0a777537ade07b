import { describe, expect, it } from 'vitest';
import { compareCurveToNorm } from '../../../src/core/norms/compareCurveToNorm';
import { normBandForCurve } from '../../../src/core/norms/normBandForCurve';
import { computeKinematics } from '../../../src/core/kinematics/computeKinematics';
import { curveAt, limbSeries } from '../kinematics/stickFigure';
import { fukuchiCurve } from './readCsv';

describe('compareCurveToNorm(curveMean, band)', () => {
  it('compareCurveToNorm(Fukuchi Young knee mean, Young band) gives z ≈ 0 everywhere', () => {
    const patient = fukuchiCurve('Young', 'knee_flexion');
    const c = compareCurveToNorm(patient, normBandForCurve('knee', { ageYears: 30 }));
    // Only the 0.01° rounding of the bundle separates them; the SDs are ≥ 2°.
    expect(c.maxAbsZ).toBeLessThan(0.005);
    expect(c.outsidePct).toBe(0);
    expect(c.nUsed).toBe(101);
    expect(c.reference).toBe('Fukuchi2018');
  });

  it('compareCurveToNorm(Young mean + 3 SD, band) is outside ±2 SD at every point', () => {
    const mean = fukuchiCurve('Young', 'ankle_dorsiflexion');
    const sd = fukuchiCurve('Young', 'ankle_dorsiflexion', 'sd_deg');
    const c = compareCurveToNorm(
      mean.map((m, p) => m + 3 * sd[p]!),
      normBandForCurve('ankle', { ageYears: 30 }),
    );
    expect(Math.abs(c.meanAbsZ - 3)).toBeLessThan(0.01);
    expect(c.outsidePct).toBe(100);
  });

  it('compareCurveToNorm(51-point curve with NaN, band) resamples and drops the missing points', () => {
    const band = normBandForCurve('knee', { ageYears: 30 });
    const half = band.mean!.filter((_, p) => p % 2 === 0);
    half[10] = NaN; // 20 % → points 19, 20, 21 are missing after resampling
    const c = compareCurveToNorm(half, band);
    expect(c.nDropped).toBe(3);
    expect(c.nUsed).toBe(98);
    expect(Number.isNaN(c.zByPct[20])).toBe(true);
    expect(c.maxAbsZ).toBeLessThan(0.5); // odd points are midpoints of a curved band
  });

  it('compareCurveToNorm(curve, no-norm band) uses no points', () => {
    const c = compareCurveToNorm(fukuchiCurve('All', 'hip_flexion'), normBandForCurve('hip', {}));
    expect(c).toMatchObject({ nUsed: 0, nDropped: 0, zByPct: [], reference: '' });
    expect(Number.isNaN(c.meanAbsZ)).toBe(true);
  });

  it('compareCurveToNorm(knee curve measured by computeKinematics on a walker with the All mean) is within ±2 SD', () => {
    const stride = 1.1;
    const hip = fukuchiCurve('All', 'hip_flexion');
    const knee = fukuchiCurve('All', 'knee_flexion');
    const ankle = fukuchiCurve('All', 'ankle_dorsiflexion');
    const timesS = Float64Array.from({ length: 210 }, (_, i) => i / 30);
    const pose = (t: number) => {
      const ph = (t - 0.3) / stride;
      return { hipDeg: curveAt(hip, ph), kneeDeg: curveAt(knee, ph), ankleDeg: curveAt(ankle, ph) };
    };
    const left = limbSeries(timesS, pose, (t) => 100 + 200 * t, 1);
    const r = computeKinematics(
      { timesS, space: '2d', walkingDirection: 'left-to-right', left },
      { left: [0.3, 1.4, 2.5, 3.6, 4.7, 5.8] },
    );
    const c = compareCurveToNorm(
      r.curves.knee.left!.mean,
      normBandForCurve('knee', { ageYears: 45 }),
    );
    expect(c.outsidePct).toBe(0);
    expect(c.meanAbsZ).toBeLessThan(0.1); // measured round-trip error ≤ 1° against SDs of 3–8°
  });
});
