/**
 * Synthetic pose-estimator output for tests of src/core/pose: stick people (33 BlazePose
 * landmarks, normalised image coordinates) placed by hip centre and height.
 */
import type { PoseCandidate, PoseCandidateFrame } from '../../src/core/pose/types';
import type { ImagePointNorm } from '../../src/core/skeleton/types';

/** Offsets from the hip centre in body heights for each landmark (x right, y down); legs apart by `strideFrac`. */
function bodyPoints(
  hipX: number,
  hipY: number,
  heightFrac: number,
  strideFrac: number,
): ImagePointNorm[] {
  const h = heightFrac;
  const p = (dx: number, dy: number): ImagePointNorm => [hipX + dx * h, hipY + dy * h, 0];
  const pts: ImagePointNorm[] = [];
  for (let i = 0; i < 11; i++) pts.push(p(0.02, -0.45)); // face
  pts.push(p(0.01, -0.3), p(-0.01, -0.3)); // shoulders 11, 12
  pts.push(p(0.02, -0.15), p(-0.02, -0.15), p(0.03, -0.02), p(-0.03, -0.02)); // elbows, wrists
  for (let i = 17; i < 23; i++) pts.push(p(0, 0)); // hands
  pts.push(p(0.01, 0), p(-0.01, 0)); // hips 23, 24
  const s = strideFrac;
  pts.push(p(s / 2, 0.25), p(-s / 2, 0.25)); // knees
  pts.push(p(s, 0.48), p(-s, 0.48)); // ankles
  pts.push(p(s - 0.03, 0.5), p(-s - 0.03, 0.5)); // heels
  pts.push(p(s + 0.06, 0.5), p(-s + 0.06, 0.5)); // foot index
  return pts;
}

/**
 * One stick person.
 * @param hipX - hip centre x, fraction of width
 * @param hipY - hip centre y, fraction of height
 * @param heightFrac - body height, fraction of image height
 * @param strideFrac - ankle spread, body heights (swings while walking)
 * @param visibility - visibility of every landmark, 0–1
 * @returns a pose candidate
 */
export function stickPerson(
  hipX: number,
  hipY: number,
  heightFrac = 0.5,
  strideFrac = 0.1,
  visibility = 0.95,
): PoseCandidate {
  const image = bodyPoints(hipX, hipY, heightFrac, strideFrac);
  return {
    image,
    world: image.map(([x, y]) => [x - hipX, y - hipY, 0]),
    visibility: image.map(() => visibility),
    presence: null,
  };
}

/**
 * A recording of a walker crossing right to left at `speedFracPerS` and a person exercising on the spot.
 * @param nFrames - number of frames
 * @param fpsHz - frame rate, Hz
 * @param options - which frames drop the walker, whether the list order of the two people alternates
 * @returns estimator output per frame
 */
export function walkerAndJumper(
  nFrames: number,
  fpsHz = 30,
  options: {
    dropWalker?: (f: number) => boolean;
    swapOrder?: boolean;
    speedFracPerS?: number;
  } = {},
): PoseCandidateFrame[] {
  const speed = options.speedFracPerS ?? 0.1;
  return Array.from({ length: nFrames }, (_, f) => {
    const t = f / fpsHz;
    const walker = stickPerson(0.85 - speed * t, 0.6, 0.5, 0.12 * Math.sin(2 * Math.PI * t));
    const jumper = stickPerson(0.3, 0.45 + 0.02 * Math.sin(2 * Math.PI * 2 * t), 0.3, 0.05);
    const poses = options.dropWalker?.(f)
      ? [jumper]
      : options.swapOrder && f % 2
        ? [walker, jumper]
        : [jumper, walker];
    return { timeS: t, poses, meanLumaFrac: 0.5 };
  });
}
