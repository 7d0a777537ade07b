import { describe, expect, it } from 'vitest';
import { computeSagittalAngles } from '../../../src/core/kinematics/sagittalAngles';
import type { LimbPointSeries, PointSeries } from '../../../src/core/kinematics/types';
import type { PoseDeg } from './stickFigure';
import { limbPoints } from './stickFigure';

/** Float precision of the geometry: angles are exact up to rounding. */
const EXACT_DEG = 1e-9;

/** A one-frame limb from a pose (2-D). */
function oneFrame(pose: PoseDeg, forwardSign: 1 | -1 = 1): LimbPointSeries {
  const pts = limbPoints(pose, 200, 300, forwardSign);
  const ps = (p: [number, number]): PointSeries => ({
    x: Float64Array.of(p[0]),
    y: Float64Array.of(p[1]),
  });
  return {
    shoulder: ps(pts.shoulder),
    hip: ps(pts.hip),
    knee: ps(pts.knee),
    ankle: ps(pts.ankle),
    heel: ps(pts.heel),
    toe: ps(pts.toe),
  };
}

describe('computeSagittalAngles(limb, direction, space)', () => {
  it('computeSagittalAngles(standing figure) gives 0° at hip, knee, ankle and trunk', () => {
    const a = computeSagittalAngles(
      oneFrame({ hipDeg: 0, kneeDeg: 0, ankleDeg: 0 }),
      'left-to-right',
      '2d',
    );
    for (const joint of ['hip', 'knee', 'ankle', 'trunkTilt'] as const) {
      expect(Math.abs(a[joint][0] ?? NaN)).toBeLessThan(EXACT_DEG);
    }
  });

  it('computeSagittalAngles(flexed stick figure) recovers known hip, knee, ankle angles with positive flexion', () => {
    const pose = { hipDeg: 25, kneeDeg: 40, ankleDeg: 12, trunkDeg: 8 };
    const a = computeSagittalAngles(oneFrame(pose), 'left-to-right', '2d');
    expect(a.hip[0]).toBeCloseTo(25, 9);
    expect(a.knee[0]).toBeCloseTo(40, 9);
    expect(a.ankle[0]).toBeCloseTo(12, 9);
    expect(a.trunkTilt[0]).toBeCloseTo(8, 9);
  });

  it('computeSagittalAngles(hyperextended knee, plantarflexed ankle, hip extension) gives negative angles', () => {
    const a = computeSagittalAngles(
      oneFrame({ hipDeg: -10, kneeDeg: -5, ankleDeg: -15 }),
      'left-to-right',
      '2d',
    );
    expect(a.hip[0]).toBeCloseTo(-10, 9);
    expect(a.knee[0]).toBeCloseTo(-5, 9);
    expect(a.ankle[0]).toBeCloseTo(-15, 9);
  });

  it('computeSagittalAngles(figure walking right-to-left) needs the direction: same angles when told, flipped when not', () => {
    const limb = oneFrame({ hipDeg: 20, kneeDeg: 30, ankleDeg: 10 }, -1);
    const told = computeSagittalAngles(limb, 'right-to-left', '2d');
    expect(told.knee[0]).toBeCloseTo(30, 9);
    expect(told.hip[0]).toBeCloseTo(20, 9);
    const wrong = computeSagittalAngles(limb, 'left-to-right', '2d');
    expect(wrong.knee[0]).toBeCloseTo(-30, 9);
    expect(wrong.hip[0]).toBeCloseTo(-20, 9);
  });

  it('computeSagittalAngles(limb, dir, 2d, hipReference vertical) measures the thigh against the vertical', () => {
    const limb = oneFrame({ hipDeg: 30, kneeDeg: 0, ankleDeg: 0, trunkDeg: 10 });
    const a = computeSagittalAngles(limb, 'left-to-right', '2d', {
      hipReference: 'vertical',
      ankleOffsetDeg: 0,
    });
    expect(a.hip[0]).toBeCloseTo(20, 9);
  });

  it('computeSagittalAngles(limb, dir, 2d, ankleOffsetDeg 4) subtracts the offset from the ankle only', () => {
    const limb = oneFrame({ hipDeg: 10, kneeDeg: 10, ankleDeg: 10 });
    const a = computeSagittalAngles(limb, 'left-to-right', '2d', {
      hipReference: 'trunk',
      ankleOffsetDeg: 4,
    });
    expect(a.ankle[0]).toBeCloseTo(6, 9);
    expect(a.knee[0]).toBeCloseTo(10, 9);
  });

  it('computeSagittalAngles(3-D leg in an oblique plane) gives the true knee and ankle angles', () => {
    // Leg in the plane spanned by down (y) and a horizontal direction rotated 50° from x towards z.
    const c = Math.cos((50 * Math.PI) / 180);
    const sn = Math.sin((50 * Math.PI) / 180);
    const kneeDeg = 35;
    const ankleDeg = 8;
    const at = (fwd: number, down: number): PointSeries => ({
      x: Float64Array.of(fwd * c),
      y: Float64Array.of(down),
      z: Float64Array.of(fwd * sn),
    });
    const shankRad = (-kneeDeg * Math.PI) / 180;
    const footRad = (ankleDeg * Math.PI) / 180 + shankRad;
    const ankle = [0.45 * Math.sin(shankRad), 0.45 + 0.45 * Math.cos(shankRad)] as const;
    const limb: LimbPointSeries = {
      shoulder: at(0, -0.5),
      hip: at(0, 0),
      knee: at(0, 0.45),
      ankle: at(ankle[0], ankle[1]),
      heel: at(ankle[0], ankle[1]),
      toe: at(ankle[0] + 0.2 * Math.cos(footRad), ankle[1] - 0.2 * Math.sin(footRad)),
    };
    const a3 = computeSagittalAngles(limb, 'left-to-right', '3d');
    expect(a3.knee[0]).toBeCloseTo(kneeDeg, 9);
    expect(a3.ankle[0]).toBeCloseTo(ankleDeg, 9);
    const a2 = computeSagittalAngles(limb, 'left-to-right', '2d');
    expect(Math.abs((a2.knee[0] ?? NaN) - kneeDeg)).toBeGreaterThan(5); // the projection is wrong
  });

  it('computeSagittalAngles(limb with ASIS 10° below PSIS) gives +10° anterior pelvic tilt', () => {
    const limb = oneFrame({ hipDeg: 0, kneeDeg: 0, ankleDeg: 0 });
    const r = (10 * Math.PI) / 180;
    limb.psis = { x: Float64Array.of(180), y: Float64Array.of(280) };
    limb.asis = {
      x: Float64Array.of(180 + 100 * Math.cos(r)),
      y: Float64Array.of(280 + 100 * Math.sin(r)),
    };
    expect(computeSagittalAngles(limb, 'left-to-right', '2d').pelvisTilt[0]).toBeCloseTo(10, 9);
    expect(
      Number.isNaN(
        computeSagittalAngles(
          oneFrame({ hipDeg: 0, kneeDeg: 0, ankleDeg: 0 }),
          'left-to-right',
          '2d',
        ).pelvisTilt[0],
      ),
    ).toBe(true);
  });

  it('computeSagittalAngles(limb with a NaN toe) gives NaN ankle only and does not modify the input', () => {
    const limb = oneFrame({ hipDeg: 10, kneeDeg: 20, ankleDeg: 5 });
    limb.toe.x[0] = NaN;
    const copy = Float64Array.from(limb.knee.x);
    const a = computeSagittalAngles(limb, 'left-to-right', '2d');
    expect(Number.isNaN(a.ankle[0])).toBe(true);
    expect(a.knee[0]).toBeCloseTo(20, 9);
    expect(limb.knee.x).toEqual(copy);
  });
});
