import { centralDifference } from '../math/centralDifference';
import { median, quantile } from '../math/summarize';
import { bodyCentre } from './bodyCentre';
import type { Axis, GaitTrajectories, PointSeries, SidePoints } from './types';

/** Options of {@link detectTreadmillBelt}. */
export interface TreadmillBeltParams {
  /** The body centre moves less than this (5–95 % range along every horizontal axis) on a treadmill, m (> 0). */
  maxCentreRangeM: number;
  /** Each heel sweeps at least this far (5–95 % range) along the belt, m (> 0). */
  minHeelRangeM: number;
  /** Slowest belt speed taken for walking, m/s (> 0). */
  minBeltSpeedMPerS: number;
  /** A heel or toe sample counts as on the ground when below this fraction of its 5–95 % height range (0–1). */
  groundFrac: number;
}

/** Default options of {@link detectTreadmillBelt}. */
export const DEFAULT_TREADMILL_BELT_PARAMS: Readonly<TreadmillBeltParams> = Object.freeze({
  maxCentreRangeM: 0.5,
  minHeelRangeM: 0.3,
  minBeltSpeedMPerS: 0.25,
  groundFrac: 0.2,
});

/** A treadmill belt found in marker data. */
export interface TreadmillBelt {
  /** Horizontal axis along which the belt runs. */
  axis: Axis;
  /** Walking direction along `axis` (+1 / −1); the belt runs the other way. */
  sign: 1 | -1;
  /** Belt speed, m/s (> 0). */
  beltSpeedMPerS: number;
}

const range = (v: ArrayLike<number>): number => quantile(v, 0.95) - quantile(v, 0.05);

/**
 * Detect treadmill walking in lab marker data and measure the belt speed.
 * @param traj - marker trajectories in metres (`unit: 'm'`); not modified
 * @param params - see {@link TreadmillBeltParams} (m, m/s, fraction)
 * @returns the belt's axis, the walking direction and the belt speed (m/s), or null when the body
 *   centre progresses (overground), the feet do not sweep, or no consistent belt motion is found
 * @remarks On a treadmill the pelvis stays in place while each foot, on the ground, moves back with
 *   the belt. The belt axis is the horizontal axis along which the heels sweep farthest; the belt
 *   velocity is the median velocity (central differences) of the heel and toe markers over the
 *   samples where they are near their lowest height (on the ground). Walking is opposite to the
 *   belt, and the toes must lie ahead of the heels in that direction. Missing data: NaN samples
 *   are ignored.
 */
export function detectTreadmillBelt(
  traj: GaitTrajectories,
  params: TreadmillBeltParams = DEFAULT_TREADMILL_BELT_PARAMS,
): TreadmillBelt | null {
  if (traj.unit !== 'm') return null;
  const horizontal = (['x', 'y', 'z'] as const).filter((a) => a !== traj.verticalAxis);
  const centre = bodyCentre(traj);
  if (horizontal.some((a) => range(centre[a]) >= params.maxCentreRangeM)) return null;
  const sweep = (a: Axis): number => Math.min(range(traj.left.heel[a]), range(traj.right.heel[a]));
  const axis = horizontal.reduce((best, a) => (sweep(a) > sweep(best) ? a : best));
  if (!(sweep(axis) >= params.minHeelRangeM)) return null;
  const ground: number[] = [];
  for (const side of [traj.left, traj.right])
    for (const p of [side.heel, side.toe]) {
      const h = p[traj.verticalAxis].map((v) => v * traj.verticalSign);
      const lo = quantile(h, 0.05);
      const limit = lo + params.groundFrac * (quantile(h, 0.95) - lo);
      const v = centralDifference(p[axis], traj.fpsHz);
      h.forEach((y, i) => {
        if (y <= limit && Number.isFinite(v[i]!)) ground.push(v[i]!);
      });
    }
  const belt = median(ground);
  if (!(Math.abs(belt) >= params.minBeltSpeedMPerS)) return null;
  const sign = belt < 0 ? 1 : -1;
  const toeAhead = (s: SidePoints): boolean =>
    median(Array.from(s.toe[axis], (t, i) => (t - s.heel[axis][i]!) * sign)) > 0;
  if (!toeAhead(traj.left) || !toeAhead(traj.right)) return null;
  return { axis, sign, beltSpeedMPerS: Math.abs(belt) };
}

/**
 * Add the belt's travel to every point, so a treadmill trial progresses as if walked overground.
 * @param traj - trajectories in metres; not modified
 * @param belt - result of {@link detectTreadmillBelt}
 * @returns new trajectories where each point's `belt.axis` coordinate gains
 *   sign · speed · (t − t₀) (m), t₀ the first frame's time
 * @remarks A common translation changes no distance between markers, so events relative to the
 *   pelvis (Zeni) and joint angles are unchanged, while step and stride lengths measured along the
 *   progression become lengths on the belt. NaN stays NaN.
 */
export function addBeltProgression(traj: GaitTrajectories, belt: TreadmillBelt): GaitTrajectories {
  const t0 = traj.timesS[0] ?? 0;
  const v = belt.sign * belt.beltSpeedMPerS;
  const shift = (p: PointSeries): PointSeries => ({
    ...p,
    [belt.axis]: Float64Array.from(p[belt.axis], (x, i) => x + v * (traj.timesS[i]! - t0)),
  });
  const side = (s: SidePoints): SidePoints => {
    const out: Partial<SidePoints> = {};
    for (const [k, p] of Object.entries(s))
      if (p) (out as Record<string, PointSeries>)[k] = shift(p);
    return out as SidePoints;
  };
  const out: GaitTrajectories = { ...traj, left: side(traj.left), right: side(traj.right) };
  if (traj.pelvis) out.pelvis = shift(traj.pelvis);
  return out;
}
