import type { GaitTrajectories, SidePoints } from '../preprocess/types';
import type { KinematicsInput, LimbPointSeries, WalkingDirection } from './types';

const LIMB_POINTS = ['shoulder', 'hip', 'knee', 'ankle', 'heel', 'toe'] as const;

function limb(points: SidePoints): LimbPointSeries | undefined {
  if (!LIMB_POINTS.every((k) => points[k])) return undefined;
  return Object.fromEntries(LIMB_POINTS.map((k) => [k, points[k]!])) as unknown as LimbPointSeries;
}

/**
 * Kinematics input from pre-processed video trajectories (gaps filled, low-pass filtered, left/right
 * swaps repaired), so joint angles see the same cleaned data as the gait events.
 * @param traj - trajectories from `preprocessTrajectories` of a skeleton (`image-norm` units: both
 *   image axes in fractions of the image height, y down)
 * @param walkingDirection - direction of progression in the image
 * @returns a 2-D (sagittal image plane) kinematics input; a side lacking any of shoulder, hip, knee,
 *   ankle, heel or toe is left out
 * @remarks Angles do not depend on the length unit, so `image-norm` is used as it is. Missing data:
 *   NaN samples pass through (computeKinematics drops cycles with too many).
 */
export function kinematicsInputFromTrajectories(
  traj: GaitTrajectories,
  walkingDirection: WalkingDirection,
): KinematicsInput {
  const left = limb(traj.left);
  const right = limb(traj.right);
  return {
    timesS: traj.timesS,
    space: '2d',
    walkingDirection,
    ...(left ? { left } : {}),
    ...(right ? { right } : {}),
  };
}
