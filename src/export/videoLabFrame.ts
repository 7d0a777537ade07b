/**
 * The lab frame of GaitLens's marker exports (TRC, C3D): a skeleton's image landmarks, the trajectories
 * the video analysis reads (src/core/preprocess/fromSkeleton.ts), turned into metres in a fixed frame with
 * forward progression.
 */
import { quantile } from '../core/math/summarize';
import { legLengthUnits } from '../core/preprocess/bodyCentre';
import { fillGaps } from '../core/preprocess/fillGaps';
import { fromSkeleton } from '../core/preprocess/fromSkeleton';
import { mapTrajectories } from '../core/preprocess/mapTrajectories';
import { DEFAULT_PREPROCESS_PARAMS } from '../core/preprocess/preprocessTrajectories';
import { repairLegSwaps } from '../core/preprocess/repairLegSwaps';
import type { GaitTrajectories } from '../core/preprocess/types';
import { landmarkIndex } from '../core/skeleton/landmarks';
import type { LandmarkName } from '../core/skeleton/landmarks';
import type { Skeleton } from '../core/skeleton/types';

/** How the metres-per-unit scale of {@link videoLabFrame} was obtained. */
export type LabFrameScaleSource = 'analysis' | 'world-landmarks' | 'none';

/** Landmarks of a skeleton in the export lab frame. */
export interface VideoLabFrame {
  /**
   * Per frame: 3 values per landmark in BlazePose order, metres, axes `[forward, depth, up]` (forward =
   * image right, depth = away from the camera, always 0, up = image up; right-handed); null without a
   * subject.
   */
  framesM: (Float64Array | null)[];
  /** Frames whose left and right leg landmarks were exchanged back (the analysis's leg-swap repair). */
  swappedFrames: number;
  /** Metres per image-height unit used (1 when no scale could be found). */
  metresPerUnit: number;
  scaleSource: LabFrameScaleSource;
}

const FEET = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'] as const;
const LEG = ['hip', 'knee', 'ankle'] as const;
const SWAPPED = ['hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;

// Landmark index whose image point each landmark takes on a swapped frame (its other-side twin for legs).
function swapTwins(): number[] {
  const twin = Array.from({ length: 33 }, (_, j) => j);
  for (const p of SWAPPED) {
    const [l, r] = [landmarkIndex(`left_${p}`), landmarkIndex(`right_${p}`)];
    [twin[l], twin[r]] = [r, l];
  }
  return twin;
}

// The leg-swap mask the video analysis finds: gaps filled as preprocessTrajectories fills them, then repairLegSwaps.
function legSwapMask(traj: GaitTrajectories): Uint8Array {
  const maxGapFrames = Math.floor(DEFAULT_PREPROCESS_PARAMS.maxGapS * traj.fpsHz + 1e-9);
  const filled = mapTrajectories(traj, (v) => fillGaps(v, maxGapFrames).values);
  return repairLegSwaps(filled).swappedMask;
}

// Typical world (metric) thigh + shank length, m: the median over frames and sides.
function worldLegLengthM(skeleton: Skeleton): number {
  const lengths: number[] = [];
  const dist = (a: readonly number[], b: readonly number[]): number =>
    Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
  for (const side of ['left', 'right'] as const) {
    const [h, k, a] = LEG.map((p) => landmarkIndex(`${side}_${p}` as LandmarkName));
    for (const f of skeleton.frames) {
      const w = f.world;
      if (w) lengths.push(dist(w[h!]!, w[k!]!) + dist(w[k!]!, w[a!]!));
    }
  }
  return quantile(lengths, 0.5);
}

/**
 * Place a skeleton's image landmarks in the export lab frame.
 * @param skeleton - skeleton, format gaitlens.skeleton/1; not modified
 * @param metresPerUnit - metres per image-height unit from the analysis (`MeasurementsResult.scale`,
 *   > 0); null or omitted: estimated from the world landmarks
 * @returns per-frame positions (m), the scale used and where it came from
 * @remarks Forward and up are the image axes exactly as the video analysis reads them (x scaled by the
 *   aspect ratio, so both axes are in image heights), times `metresPerUnit`: forward = x, up = (floor − y)
 *   with the floor at the lowest heel or toe of the recording (up is 0 there). Depth is 0 for every
 *   landmark (a plane, the image's): one camera gives no trustworthy depth, the video analysis ignores it
 *   in a side view, and the lab-marker analysis uses all three axes, so any depth changes what it finds —
 *   even a constant depth per landmark (the median world depth) made its leg-swap repair exchange 82
 *   frames of the demo instead of the video analysis's 22.
 *   Leg landmarks (hip to toe) are exchanged back on the frames where the analysis's leg-swap repair
 *   (`repairLegSwaps` after `fillGaps`, as `preprocessTrajectories` runs them) finds that the pose model
 *   exchanged the legs, so each marker follows one leg.
 *   Without `metresPerUnit` the scale is the median world thigh + shank length over the least
 *   foreshortened image leg length (90th percentile, as `estimateScale` measures it); 1 when neither
 *   exists. Frames without a subject are null.
 */
export function videoLabFrame(skeleton: Skeleton, metresPerUnit?: number | null): VideoLabFrame {
  const { widthPx, heightPx } = skeleton.capture;
  const aspect = widthPx > 0 && heightPx > 0 ? widthPx / heightPx : 1;
  const traj = fromSkeleton(skeleton);
  let scale = metresPerUnit ?? NaN;
  let scaleSource: LabFrameScaleSource = 'analysis';
  if (!(scale > 0) || !Number.isFinite(scale)) {
    scale = worldLegLengthM(skeleton) / legLengthUnits(traj);
    scaleSource = 'world-landmarks';
    if (!(scale > 0) || !Number.isFinite(scale)) [scale, scaleSource] = [1, 'none'];
  }
  const feet = FEET.map((n) => landmarkIndex(n));
  let floorY = -Infinity;
  for (const f of skeleton.frames)
    for (const j of feet) floorY = Math.max(floorY, f.image?.[j]?.[1] ?? -Infinity);
  const nLm = skeleton.landmarkNames.length;
  const mask = legSwapMask(traj);
  const twin = swapTwins();
  const framesM = skeleton.frames.map((f, i) => {
    const image = f.image;
    if (!image) return null;
    const out = new Float64Array(3 * nLm);
    image.forEach((_, j) => {
      const p = image[mask[i] ? twin[j]! : j]!;
      out[3 * j] = p[0] * aspect * scale;
      out[3 * j + 2] = (floorY - p[1]) * scale;
    });
    return out;
  });
  return {
    framesM,
    swappedFrames: mask.reduce((a, v) => a + v, 0),
    metresPerUnit: scale,
    scaleSource,
  };
}
