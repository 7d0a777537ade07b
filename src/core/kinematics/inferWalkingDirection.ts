import type { Skeleton } from '../skeleton/types';
import { landmarkIndex } from '../skeleton/landmarks';
import type { WalkingDirection } from './types';

/**
 * Direction of progression in the image, from the net horizontal travel of the hip centre.
 * @param skeleton - the skeleton (gaitlens.skeleton/1); not modified
 * @returns `left-to-right` when the hip centre's image x grows over the recording, `right-to-left`
 *   when it shrinks, or null when fewer than 2 frames have both hips or the travel is below 5 % of
 *   the image width (walking towards or away from the camera, or standing)
 * @remarks
 * Uses the least-squares slope of the hip-centre image x (mean of `left_hip` and `right_hip`,
 * normalised 0–1) against frame time, so a few misplaced frames do not flip the sign. The travel
 * is slope × duration. Missing data: frames without a subject or with a NaN hip are skipped.
 */
export function inferWalkingDirection(skeleton: Readonly<Skeleton>): WalkingDirection | null {
  const l = landmarkIndex('left_hip');
  const r = landmarkIndex('right_hip');
  const ts: number[] = [];
  const xs: number[] = [];
  for (const frame of skeleton.frames) {
    const x = ((frame.image?.[l]?.[0] ?? NaN) + (frame.image?.[r]?.[0] ?? NaN)) / 2;
    if (Number.isFinite(x) && Number.isFinite(frame.timeS)) {
      ts.push(frame.timeS);
      xs.push(x);
    }
  }
  if (ts.length < 2) return null;
  const tMean = ts.reduce((a, b) => a + b, 0) / ts.length;
  const xMean = xs.reduce((a, b) => a + b, 0) / xs.length;
  let sxy = 0;
  let sxx = 0;
  ts.forEach((t, i) => {
    sxy += (t - tMean) * ((xs[i] ?? NaN) - xMean);
    sxx += (t - tMean) ** 2;
  });
  const travelFrac = (sxy / sxx) * ((ts[ts.length - 1] ?? NaN) - (ts[0] ?? NaN));
  if (!(Math.abs(travelFrac) >= 0.05)) return null;
  return travelFrac > 0 ? 'left-to-right' : 'right-to-left';
}
