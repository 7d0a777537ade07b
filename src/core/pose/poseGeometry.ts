import type { PoseCandidate } from './types';

const LEFT_HIP = 23; // BlazePose index
const RIGHT_HIP = 24;
const LEFT_SHOULDER = 11;
const RIGHT_SHOULDER = 12;

/**
 * Hip centre of a pose in normalised image coordinates.
 * @param pose - one pose candidate
 * @returns [xFrac, yFrac] (0–1 of width/height)
 */
export function hipCentreNorm(pose: PoseCandidate): [number, number] {
  const l = pose.image[LEFT_HIP]!;
  const r = pose.image[RIGHT_HIP]!;
  return [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2];
}

/**
 * Torso length (shoulder centre to hip centre) in normalised image height units; the scale used
 * to judge how far a person moved between frames.
 * @param pose - one pose candidate
 * @returns torso length, fraction of image height (≥ 0.01)
 */
export function torsoLengthNorm(pose: PoseCandidate): number {
  const [hx, hy] = hipCentreNorm(pose);
  const ls = pose.image[LEFT_SHOULDER]!;
  const rs = pose.image[RIGHT_SHOULDER]!;
  const sx = (ls[0] + rs[0]) / 2;
  const sy = (ls[1] + rs[1]) / 2;
  return Math.max(0.01, Math.hypot(sx - hx, sy - hy));
}

/**
 * Bounding box of a pose's landmarks in normalised image coordinates.
 * @param pose - one pose candidate
 * @returns minimum and maximum x and y (fractions of width/height)
 */
export function poseBoxNorm(pose: PoseCandidate): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of pose.image) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}
