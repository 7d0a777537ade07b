import { legLengthUnits } from '../preprocess/bodyCentre';
import type { Bout, GaitTrajectories } from '../preprocess/types';

/** How the metres-per-unit scale was obtained. */
export type ScaleSource = 'lab-metres' | 'walk-distance' | 'body-height' | 'none';

/** Result of {@link estimateScale}. */
export interface ScaleEstimate {
  /** Metres per trajectory unit; null when unknown. */
  metresPerUnit: number | null;
  source: ScaleSource;
}

/** Options of {@link estimateScale}. */
export interface EstimateScaleOptions {
  /** Standing height of the subject, cm (100–230). */
  heightCm?: number;
  /** Distance walked along the progression axis over all bouts, m (> 0). */
  walkDistanceM?: number;
}

/** Thigh + shank length as a fraction of body height (Winter 2009, Fig. 4.1: 0.245 H + 0.246 H). */
export const LEG_LENGTH_HEIGHT_FRAC = 0.491;

/**
 * Estimate the metres-per-unit scale of trajectories.
 * @param traj - filtered trajectories; not modified
 * @param bouts - walking bouts (for the distance covered)
 * @param progressionUnits - smoothed body-centre position along the progression axis, trajectory unit
 * @param options - `heightCm` (cm) and/or `walkDistanceM` (m)
 * @returns metres per unit and its source, or `{ metresPerUnit: null, source: 'none' }`
 * @remarks Lab data in metres need no scale. Otherwise a known walking distance wins (distance over
 *   the summed progression of all bouts), then body height: the least foreshortened thigh + shank
 *   length in the image (90th percentile) is taken as 0.491 × height. Missing data: NaN frames are
 *   ignored; a NaN leg length gives no scale.
 * @see Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. Wiley; 2009. Fig. 4.1.
 *   doi:10.1002/9780470549148
 */
export function estimateScale(
  traj: GaitTrajectories,
  bouts: Bout[],
  progressionUnits: Float64Array,
  options: EstimateScaleOptions,
): ScaleEstimate {
  if (traj.unit === 'm') return { metresPerUnit: 1, source: 'lab-metres' };
  const walked = bouts.reduce(
    (s, b) => s + Math.abs(progressionUnits[b.endFrame]! - progressionUnits[b.startFrame]!),
    0,
  );
  if (options.walkDistanceM && options.walkDistanceM > 0 && walked > 0) {
    return { metresPerUnit: options.walkDistanceM / walked, source: 'walk-distance' };
  }
  const leg = legLengthUnits(traj);
  if (options.heightCm && options.heightCm > 0 && leg > 0) {
    return {
      metresPerUnit: (LEG_LENGTH_HEIGHT_FRAC * options.heightCm) / 100 / leg,
      source: 'body-height',
    };
  }
  return { metresPerUnit: null, source: 'none' };
}
