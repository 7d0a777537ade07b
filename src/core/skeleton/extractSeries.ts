import type { LandmarkName } from './landmarks';
import { landmarkIndex } from './landmarks';
import type { Skeleton } from './types';

/** Coordinate space of a landmark series. */
export type CoordinateSpace = 'image' | 'world';

/** One landmark's trajectory, one sample per frame; NaN where the subject or landmark is missing. */
export interface LandmarkSeries {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  /** Visibility per frame, 0–1; NaN where missing. */
  visibilityFrac: Float64Array;
}

/**
 * Extract one landmark's trajectory from a skeleton as typed arrays.
 * @param skeleton - the skeleton (format gaitlens.skeleton/1); not modified
 * @param name - BlazePose landmark name
 * @param space - `image` (normalised 0–1, x scaled by nothing) or `world` (metres)
 * @returns x, y, z and visibility per frame; frames without a subject give NaN
 * @remarks Missing data rule: a frame whose `image`/`world` is null yields NaN in every array.
 */
export function extractSeries(
  skeleton: Skeleton,
  name: LandmarkName,
  space: CoordinateSpace,
): LandmarkSeries {
  const n = skeleton.frames.length;
  const idx = landmarkIndex(name);
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const z = new Float64Array(n).fill(NaN);
  const visibilityFrac = new Float64Array(n).fill(NaN);
  skeleton.frames.forEach((frame, i) => {
    const points = space === 'image' ? frame.image : frame.world;
    const p = points?.[idx];
    if (!p) return;
    x[i] = p[0];
    y[i] = p[1];
    z[i] = p[2];
    visibilityFrac[i] = frame.visibility?.[idx] ?? NaN;
  });
  return { x, y, z, visibilityFrac };
}

/**
 * Frame times of a skeleton, seconds.
 * @param skeleton - the skeleton
 * @returns one time per frame (Float64Array, s)
 */
export function frameTimesS(skeleton: Skeleton): Float64Array {
  return Float64Array.from(skeleton.frames, (f) => f.timeS);
}
