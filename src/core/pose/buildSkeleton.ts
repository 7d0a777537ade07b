import { LOWER_LIMB_LANDMARKS, BLAZEPOSE_LANDMARKS, landmarkIndex } from '../skeleton/landmarks';
import { emptySkeletonFrame } from '../skeleton/emptyFrame';
import type { CaptureMeta, FrameIssue, Skeleton, SkeletonFrame } from '../skeleton/types';
import { SKELETON_FORMAT } from '../skeleton/types';
import type { PersonTrack, PoseCandidate, PoseCandidateFrame } from './types';

/** Mean visibility the better-seen leg (hip to toe) needs for the lower body to count as seen, 0–1. */
export const MIN_NEAR_LEG_VISIBILITY_FRAC = 0.5;
const LOWER = LOWER_LIMB_LANDMARKS.map(landmarkIndex);
const LEFT_LEG = LOWER.filter((_, k) => k % 2 === 0);
const RIGHT_LEG = LOWER.filter((_, k) => k % 2 === 1);

/**
 * Build the subject's skeleton from estimator output and the chosen person track.
 * @param frames - estimator output per frame (times in s)
 * @param track - the subject's track, or null (then every frame is marked `no-person`)
 * @param capture - capture metadata (no pixels)
 * @param fpsHz - nominal frame rate, Hz (> 0)
 * @returns a `gaitlens.skeleton/1` skeleton with per-frame quality
 * @remarks A frame where the subject's track has no pose is `subject-lost` when someone else is in
 * view, `no-person` otherwise. `lowerBodyInView` needs every hip-to-toe landmark inside the image
 * (BlazePose extrapolates cut-off feet beyond 0–1) and the better-seen leg's mean visibility ≥
 * MIN_NEAR_LEG_VISIBILITY_FRAC (only one leg: in a side view the far leg is hidden behind the
 * near one yet still in the picture).
 */
export function buildSkeleton(
  frames: readonly PoseCandidateFrame[],
  track: PersonTrack | null,
  capture: CaptureMeta,
  fpsHz: number,
): Skeleton {
  const byFrame = new Map<number, number>();
  track?.frames.forEach((f, i) => byFrame.set(f, track.poseIndices[i]!));
  const out: SkeletonFrame[] = frames.map((frame, f) => {
    const p = byFrame.get(f);
    const pose = p === undefined ? undefined : frame.poses[p];
    if (!pose) return emptySkeletonFrame(frame.timeS, frame.poses.length);
    return poseFrame(frame.timeS, pose, frame.poses.length);
  });
  return {
    format: SKELETON_FORMAT,
    fpsHz,
    landmarkNames: [...BLAZEPOSE_LANDMARKS],
    frames: out,
    capture,
  };
}

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

function poseFrame(timeS: number, pose: PoseCandidate, posesInFrame: number): SkeletonFrame {
  const meanVisibilityFrac =
    LOWER.reduce((s, i) => s + (pose.visibility[i] ?? 0), 0) / LOWER.length;
  const legVisibility = (leg: number[]) =>
    leg.reduce((s, i) => s + (pose.visibility[i] ?? 0), 0) / leg.length;
  const inside = LOWER.every((i) => {
    const [x, y] = pose.image[i]!;
    return x >= 0 && x <= 1 && y >= 0 && y <= 1;
  });
  const lowerBodyInView =
    inside &&
    Math.max(legVisibility(LEFT_LEG), legVisibility(RIGHT_LEG)) >= MIN_NEAR_LEG_VISIBILITY_FRAC;
  const issues: FrameIssue[] = [];
  if (!lowerBodyInView) issues.push('lower-body-out-of-view');
  else if (meanVisibilityFrac < 0.7) issues.push('low-visibility');
  return {
    timeS,
    image: pose.image.map(([x, y, z]) => [round(x, 5), round(y, 5), round(z, 5)]),
    world: pose.world.map(([x, y, z]) => [round(x, 4), round(y, 4), round(z, 4)]),
    visibility: pose.visibility.map((v) => round(v, 3)),
    presence: pose.presence ? pose.presence.map((v) => round(v, 3)) : null,
    quality: {
      subjectFound: true,
      lowerBodyInView,
      meanVisibilityFrac: round(meanVisibilityFrac, 3),
      posesInFrame,
      issues,
    },
  };
}
