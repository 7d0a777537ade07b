import { describe, expect, it } from 'vitest';
import { summariseCurve } from '../../../src/core/kinematics/summariseCurve';
import type { JointSideCurves } from '../../../src/core/kinematics/types';

function curves(rows: number[][]): JointSideCurves {
  const mean = rows[0]!.map((_, p) => rows.reduce((a, r) => a + r[p]!, 0) / rows.length);
  return {
    cycles: rows,
    mean,
    sd: mean.map(() => NaN),
    nCycles: rows.length,
    nDropped: 0,
    dropped: [],
  };
}
/** A cosine bump: peak `amp` at `peakPct`, 101 points. */
const bump = (amp: number, peakPct: number) =>
  Array.from({ length: 101 }, (_, p) => amp * Math.cos((2 * Math.PI * (p - peakPct)) / 100));

describe('summariseCurve(curves)', () => {
  it('summariseCurve(cosine peaking at 70 %) gives ROM 2A, peak flexion at 70 % and extension at 20 %', () => {
    const s = summariseCurve(curves([bump(30, 70)]));
    expect(s.romDeg).toBeCloseTo(60, 9);
    expect(s.peakFlexionDeg).toBeCloseTo(30, 9);
    expect(s.peakFlexionPct).toBe(70);
    expect(s.peakExtensionDeg).toBeCloseTo(-30, 9);
    expect(s.peakExtensionPct).toBe(20);
    // 101 samples cover one period plus its repeated end point, so the mean is that point / 101
    expect(s.meanDeg).toBeCloseTo((30 * Math.cos((2 * Math.PI * -70) / 100)) / 101, 9);
    expect(Number.isNaN(s.cycleRomSdDeg)).toBe(true);
  });

  it('summariseCurve(two shifted cycles) reports per-cycle ROM larger than the mean curve ROM', () => {
    const s = summariseCurve(curves([bump(30, 60), bump(30, 80)]));
    expect(s.cycleRomMeanDeg).toBeCloseTo(60, 9);
    expect(s.cycleRomSdDeg).toBeCloseTo(0, 9);
    expect(s.romDeg).toBeLessThan(60);
    expect(s.nCycles).toBe(2);
  });

  it('summariseCurve(all-NaN mean) gives NaN peaks', () => {
    const c = curves([Array.from({ length: 101 }, () => NaN)]);
    const s = summariseCurve(c);
    expect(
      Number.isNaN(s.peakFlexionDeg) && Number.isNaN(s.peakFlexionPct) && Number.isNaN(s.romDeg),
    ).toBe(true);
  });
});
