import type { GaitTrajectories, PointSeries, SidePoints } from './types';

/**
 * Apply one series transform to the x, y and z of one point.
 * @param p - the point's series; not modified
 * @param fn - transform from one series to a new series of the same length
 * @returns a new point series
 */
export function mapPoint(p: PointSeries, fn: (values: Float64Array) => Float64Array): PointSeries {
  return { x: fn(p.x), y: fn(p.y), z: fn(p.z) };
}

// Apply a function to every point series of one side.
function mapSide(side: SidePoints, fn: (values: Float64Array) => Float64Array): SidePoints {
  const out: Partial<SidePoints> = {};
  for (const [name, p] of Object.entries(side)) {
    if (p) (out as Record<string, PointSeries>)[name] = mapPoint(p, fn);
  }
  return out as SidePoints;
}

/**
 * Apply one series transform to every axis of every point (both sides and the pelvis).
 * @param traj - trajectories; not modified
 * @param fn - transform from one series to a new series of the same length (must not mutate its input)
 * @returns new trajectories with transformed series; times, units and visibility copied by reference
 * @remarks What happens to NaN is up to `fn`.
 */
export function mapTrajectories(
  traj: GaitTrajectories,
  fn: (values: Float64Array) => Float64Array,
): GaitTrajectories {
  const out: GaitTrajectories = {
    ...traj,
    left: mapSide(traj.left, fn),
    right: mapSide(traj.right, fn),
  };
  if (traj.pelvis) out.pelvis = mapPoint(traj.pelvis, fn);
  return out;
}

/**
 * All point series of one side's points in a fixed order (heel, toe, ankle, knee, hip, shoulder).
 * @param side - one side's points
 * @returns the series that are present
 */
export function sidePointList(side: SidePoints): PointSeries[] {
  const order = ['heel', 'toe', 'ankle', 'knee', 'hip', 'shoulder'] as const;
  return order.map((k) => side[k]).filter((p): p is PointSeries => p !== undefined);
}
