import { quantile } from '../math/summarize';
import type { Axis, GaitTrajectories, PointSeries } from './types';

/**
 * Body centre used to follow progression: the pelvis, or the mean of both heels and toes.
 * @param traj - trajectories; not modified
 * @returns a new point series in the trajectory unit
 * @remarks Missing data: without a pelvis, a frame needs all four foot points finite, otherwise NaN.
 *   The foot mean swings back and forth at the step frequency; callers low-pass it well below that
 *   (see `segmentBouts`) to get a pelvis-like progression.
 */
export function bodyCentre(traj: GaitTrajectories): PointSeries {
  if (traj.pelvis) return traj.pelvis;
  const pts = [traj.left.heel, traj.left.toe, traj.right.heel, traj.right.toe];
  const mean = (a: Axis): Float64Array =>
    Float64Array.from(traj.timesS, (_, i) => pts.reduce((s, p) => s + p[a][i]!, 0) / pts.length);
  return { x: mean('x'), y: mean('y'), z: mean('z') };
}

/**
 * Typical leg length (hip–knee plus knee–ankle) in the trajectory unit, measured without depth.
 * @param traj - trajectories; not modified
 * @returns the 90th percentile over frames and sides of the summed segment lengths (the least
 *   foreshortened frames), or NaN when hips, knees or ankles are absent
 * @remarks Missing data: frames with any NaN coordinate are skipped.
 */
export function legLengthUnits(traj: GaitTrajectories): number {
  const axes = (['x', 'y', 'z'] as const).filter((a) => a !== traj.depthAxis);
  const dist = (p: PointSeries, q: PointSeries, i: number): number =>
    Math.sqrt(axes.reduce((s, a) => s + (p[a][i]! - q[a][i]!) ** 2, 0));
  const lengths: number[] = [];
  for (const side of [traj.left, traj.right]) {
    const { hip, knee, ankle } = side;
    if (!hip || !knee || !ankle) continue;
    for (let i = 0; i < traj.timesS.length; i++)
      lengths.push(dist(hip, knee, i) + dist(knee, ankle, i));
  }
  return quantile(lengths, 0.9);
}
