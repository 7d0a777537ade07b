/**
 * Test helper: forward kinematics of a sagittal stick figure (image coordinates, y down, units px).
 * Angles follow docs/angle-conventions.md: hip flexion = thigh forward of the (vertical) trunk,
 * knee flexion = thigh − shank, ankle dorsiflexion = foot pitch − shank angle.
 */
import type { LimbPointSeries, PointSeries } from '../../../src/core/kinematics/types';

export interface PoseDeg {
  hipDeg: number;
  kneeDeg: number;
  ankleDeg: number;
  /** Forward lean of the trunk, deg. */
  trunkDeg?: number;
}

export const THIGH_PX = 100;
export const SHANK_PX = 95;
export const FOOT_PX = 60;
export const TRUNK_PX = 120;

const RAD = Math.PI / 180;

/** Points of one limb for one pose, hip at (hipX, hipY); forwardSign +1 walks towards +x. */
export function limbPoints(
  pose: PoseDeg,
  hipX: number,
  hipY: number,
  forwardSign: 1 | -1,
): Record<'shoulder' | 'hip' | 'knee' | 'ankle' | 'heel' | 'toe', [number, number]> {
  const trunk = (pose.trunkDeg ?? 0) * RAD;
  const thigh = pose.hipDeg * RAD - trunk;
  const shank = thigh - pose.kneeDeg * RAD;
  const foot = pose.ankleDeg * RAD + shank;
  const s = forwardSign;
  const shoulder: [number, number] = [
    hipX + s * TRUNK_PX * Math.sin(trunk),
    hipY - TRUNK_PX * Math.cos(trunk),
  ];
  const knee: [number, number] = [
    hipX + s * THIGH_PX * Math.sin(thigh),
    hipY + THIGH_PX * Math.cos(thigh),
  ];
  const ankle: [number, number] = [
    knee[0] + s * SHANK_PX * Math.sin(shank),
    knee[1] + SHANK_PX * Math.cos(shank),
  ];
  // Heel 15 px below and 10 px behind the ankle in the foot frame; toe FOOT_PX ahead of the heel.
  const heel: [number, number] = [
    ankle[0] + s * (-10 * Math.cos(foot) + 15 * Math.sin(foot)),
    ankle[1] + 10 * Math.sin(foot) + 15 * Math.cos(foot),
  ];
  const toe: [number, number] = [
    heel[0] + s * FOOT_PX * Math.cos(foot),
    heel[1] - FOOT_PX * Math.sin(foot),
  ];
  return { shoulder, hip: [hipX, hipY], knee, ankle, heel, toe };
}

/** Per-frame limb series from a pose function of time (frames at timesS). */
export function limbSeries(
  timesS: Float64Array,
  poseAt: (tS: number) => PoseDeg,
  hipXAt: (tS: number) => number,
  forwardSign: 1 | -1,
): LimbPointSeries {
  const n = timesS.length;
  const mk = (): PointSeries => ({ x: new Float64Array(n), y: new Float64Array(n) });
  const out = { shoulder: mk(), hip: mk(), knee: mk(), ankle: mk(), heel: mk(), toe: mk() };
  timesS.forEach((t, i) => {
    const pts = limbPoints(poseAt(t), hipXAt(t), 300, forwardSign);
    for (const key of Object.keys(out) as (keyof typeof out)[]) {
      out[key].x[i] = pts[key][0];
      out[key].y[i] = pts[key][1];
    }
  });
  return out;
}

/** Linear interpolation of a 101-point cycle curve at a phase in [0, 1). */
export function curveAt(curve: readonly number[], phaseFrac: number): number {
  const p = (((phaseFrac % 1) + 1) % 1) * (curve.length - 1);
  const i = Math.floor(p);
  const a = curve[i] ?? NaN;
  const b = curve[Math.min(i + 1, curve.length - 1)] ?? NaN;
  return a + (p - i) * (b - a);
}
