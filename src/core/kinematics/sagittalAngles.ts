import type { JointAngleSeries, LimbPointSeries, PointSeries, WalkingDirection } from './types';

/** Options of {@link computeSagittalAngles}. */
export interface SagittalAngleParams {
  /** Hip flexion is the thigh against the trunk (`trunk`, hip→shoulder line) or the vertical. */
  hipReference: 'trunk' | 'vertical';
  /** Subtracted from the ankle angle, deg (−30–30); e.g. the ankle angle measured in quiet standing. */
  ankleOffsetDeg: number;
}

/** Defaults: hip against the trunk, no ankle offset (heel and toe landmarks both lie on the sole). */
export const DEFAULT_SAGITTAL_ANGLE_PARAMS: Readonly<SagittalAngleParams> = Object.freeze({
  hipReference: 'trunk',
  ankleOffsetDeg: 0,
});

const DEG_PER_RAD = 180 / Math.PI;

// Wrap an angle to (−180, 180] deg.
function wrapDeg(angleDeg: number): number {
  const w = ((((angleDeg + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w;
}

// Vector from point a to point b at frame i: [anterior, up, lateral] (lateral 0 in 2-D).
function sagittalVector(
  a: PointSeries,
  b: PointSeries,
  i: number,
  forwardSign: number,
  use3d: boolean,
): [number, number, number] {
  const dx = (b.x[i] ?? NaN) - (a.x[i] ?? NaN);
  const dy = (b.y[i] ?? NaN) - (a.y[i] ?? NaN);
  const dz = use3d && a.z && b.z ? (b.z[i] ?? NaN) - (a.z[i] ?? NaN) : 0;
  return [forwardSign * dx, -dy, dz];
}

// Angle between two 3-D vectors, deg (0–180).
function includedAngleDeg(u: [number, number, number], v: [number, number, number]): number {
  const dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const nu = Math.hypot(u[0], u[1], u[2]);
  const nv = Math.hypot(v[0], v[1], v[2]);
  return Math.acos(Math.max(-1, Math.min(1, dot / (nu * nv)))) * DEG_PER_RAD;
}

/**
 * Sagittal hip, knee and ankle angles plus trunk and pelvis tilt of one side, frame by frame.
 * @param limb - landmark series of one side (y down; same length unit on every axis); not modified
 * @param walkingDirection - `left-to-right` when the subject moves towards +x, else `right-to-left`
 * @param space - `2d` uses x, y only; `3d` also uses z for the knee and ankle magnitudes
 * @param params - hip reference and ankle offset ({@link DEFAULT_SAGITTAL_ANGLE_PARAMS})
 * @returns one Float64Array per joint, deg in (−180, 180]; NaN where a needed landmark is NaN, and
 *   pelvisTilt all NaN when the limb has no ASIS/PSIS markers
 * @remarks
 * Points are mapped to a sagittal frame (anterior = x times the walking-direction sign, up = −y).
 * Segment angles: thigh (hip→knee) and shank (knee→ankle) from the downward vertical, positive when
 * the distal end is anterior; trunk (hip→shoulder) from the upward vertical, positive leaning
 * forward; foot (heel→toe) from the anterior horizontal, positive toe up. Then hip flexion = thigh +
 * trunk (or thigh alone for `vertical`), knee flexion = thigh − shank (0 straight, negative
 * hyperextension), ankle dorsiflexion = foot − shank − ankleOffsetDeg (0 with the foot
 * perpendicular to the shank), pelvis anterior tilt = downward slope of the PSIS→ASIS line, trunk
 * tilt = trunk. In 3-D the knee magnitude is the 3-D angle between thigh and shank (sign from the
 * sagittal projection) and the ankle is 90° minus the 3-D angle between ankle→knee and heel→toe;
 * hip, trunk and pelvis stay sagittal projections. Conventions match the Fukuchi 2018 and
 * Plug-in-Gait sagittal signs (see docs/angle-conventions.md). Missing data: any NaN coordinate of a
 * needed landmark gives NaN for that joint at that frame; nothing is interpolated here.
 * @see Winter DA (2009). Biomechanics and Motor Control of Human Movement, 4th ed. Wiley.
 *   doi:10.1002/9780470549148 (segment and joint angle definitions).
 * @see Stenum J, Rossi C, Roemmich RT (2021). Two-dimensional video-based analysis of human gait
 *   using pose estimation. PLoS Comput Biol 17(4):e1008935. doi:10.1371/journal.pcbi.1008935
 */
export function computeSagittalAngles(
  limb: LimbPointSeries,
  walkingDirection: WalkingDirection,
  space: '2d' | '3d',
  params: Readonly<SagittalAngleParams> = DEFAULT_SAGITTAL_ANGLE_PARAMS,
): JointAngleSeries {
  const n = limb.hip.x.length;
  const out: JointAngleSeries = {
    hip: new Float64Array(n),
    knee: new Float64Array(n),
    ankle: new Float64Array(n),
    pelvisTilt: new Float64Array(n),
    trunkTilt: new Float64Array(n),
  };
  const s = walkingDirection === 'left-to-right' ? 1 : -1;
  const use3d = space === '3d';
  for (let i = 0; i < n; i++) {
    const thigh = sagittalVector(limb.hip, limb.knee, i, s, use3d);
    const shank = sagittalVector(limb.knee, limb.ankle, i, s, use3d);
    const trunk = sagittalVector(limb.hip, limb.shoulder, i, s, use3d);
    const foot = sagittalVector(limb.heel, limb.toe, i, s, use3d);
    const thighDeg = Math.atan2(thigh[0], -thigh[1]) * DEG_PER_RAD;
    const shankDeg = Math.atan2(shank[0], -shank[1]) * DEG_PER_RAD;
    const trunkDeg = Math.atan2(trunk[0], trunk[1]) * DEG_PER_RAD;
    const footDeg = Math.atan2(foot[1], foot[0]) * DEG_PER_RAD;
    out.trunkTilt[i] = wrapDeg(trunkDeg);
    out.hip[i] = wrapDeg(params.hipReference === 'trunk' ? thighDeg + trunkDeg : thighDeg);
    const knee2dDeg = wrapDeg(thighDeg - shankDeg);
    out.knee[i] = use3d ? (knee2dDeg < 0 ? -1 : 1) * includedAngleDeg(thigh, shank) : knee2dDeg;
    if (Number.isNaN(knee2dDeg)) out.knee[i] = NaN;
    const ankleDeg = use3d
      ? 90 - includedAngleDeg([-shank[0], -shank[1], -shank[2]], foot)
      : wrapDeg(footDeg - shankDeg);
    out.ankle[i] = ankleDeg - params.ankleOffsetDeg;
    if (limb.asis && limb.psis) {
      const pelvis = sagittalVector(limb.psis, limb.asis, i, s, use3d);
      out.pelvisTilt[i] = -Math.atan2(pelvis[1], pelvis[0]) * DEG_PER_RAD;
    } else {
      out.pelvisTilt[i] = NaN;
    }
  }
  return out;
}
