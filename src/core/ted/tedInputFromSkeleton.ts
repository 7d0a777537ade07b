/** Adapter from a skeleton and its events to the input of computeTed. */
import type { GaitEvent } from '../events/types';
import { extractSeries, frameTimesS } from '../skeleton/extractSeries';
import type { Skeleton } from '../skeleton/types';
import type { TedInput } from './types';

/**
 * Build the TED input from a skeleton (format gaitlens.skeleton/1) and its gait events.
 * @param skeleton - the subject's skeleton; not modified
 * @param events - gait events of the skeleton (copied, not modified)
 * @returns frame times (s), horizontal inter-ankle distance (m, world x–z plane), vertical hip
 *   centre position (image fraction of height, y down) and the events
 * @remarks World landmarks are hip-centred, so the vertical pelvis motion is taken from the image
 * landmarks (mean of left and right hip y). Frames without a subject, or with a missing landmark,
 * give NaN.
 */
export function tedInputFromSkeleton(skeleton: Skeleton, events: readonly GaitEvent[]): TedInput {
  const la = extractSeries(skeleton, 'left_ankle', 'world');
  const ra = extractSeries(skeleton, 'right_ankle', 'world');
  const lh = extractSeries(skeleton, 'left_hip', 'image');
  const rh = extractSeries(skeleton, 'right_hip', 'image');
  const n = skeleton.frames.length;
  const interAnkleDistanceM = new Float64Array(n);
  const pelvisVerticalFrac = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    interAnkleDistanceM[i] = Math.hypot(la.x[i]! - ra.x[i]!, la.z[i]! - ra.z[i]!);
    pelvisVerticalFrac[i] = (lh.y[i]! + rh.y[i]!) / 2;
  }
  return {
    timesS: frameTimesS(skeleton),
    interAnkleDistanceM,
    pelvisVerticalFrac,
    events: events.map((e) => ({ ...e })),
  };
}
