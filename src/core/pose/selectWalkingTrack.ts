import { hipCentreNorm, torsoLengthNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidateFrame } from './types';

/** Parameters of {@link selectWalkingTrack}. */
export interface SelectWalkingTrackParams {
  /** Hip speed above which a frame counts as walking, torso lengths per s. */
  minWalkSpeedTorsoPerS: number;
  /** Half-width of the moving-average window used on the hip trajectory, s. */
  smoothHalfWindowS: number;
}

/** Defaults of {@link selectWalkingTrack}. */
export const DEFAULT_SELECT_WALKING_TRACK_PARAMS: Readonly<SelectWalkingTrackParams> =
  Object.freeze({ minWalkSpeedTorsoPerS: 0.4, smoothHalfWindowS: 0.25 });

/** Walking score of one track. */
export interface TrackWalkScore {
  trackId: number;
  /** Frames in which the person moves in their main direction faster than the threshold. */
  walkingFrames: number;
  /** Net horizontal travel of the hip centre, fraction of image width (signed: + to the right). */
  netTravelXFrac: number;
}

/**
 * Score each person track for sustained walking and pick the walker.
 * @param frames - estimator output per frame
 * @param tracks - tracks from trackPeople
 * @param params - speed threshold and smoothing window
 * @returns the chosen track id (null when nobody walks) and every track's score
 * @remarks A walker moves their hips steadily in one direction; people exercising on the spot
 * or flickering in the background do not. Score = number of frames whose smoothed horizontal
 * hip speed exceeds `minWalkSpeedTorsoPerS` in the track's net direction.
 */
export function selectWalkingTrack(
  frames: readonly PoseCandidateFrame[],
  tracks: readonly PersonTrack[],
  params: SelectWalkingTrackParams = DEFAULT_SELECT_WALKING_TRACK_PARAMS,
): { trackId: number | null; scores: TrackWalkScore[] } {
  const scores = tracks.map((track) => scoreTrack(frames, track, params));
  let best: TrackWalkScore | null = null;
  for (const s of scores)
    if (s.walkingFrames > 0 && (!best || s.walkingFrames > best.walkingFrames)) best = s;
  return { trackId: best ? best.trackId : null, scores };
}

function scoreTrack(
  frames: readonly PoseCandidateFrame[],
  track: PersonTrack,
  params: SelectWalkingTrackParams,
): TrackWalkScore {
  const n = track.frames.length;
  const t = track.frames.map((f) => frames[f]!.timeS);
  const poses = track.frames.map((f, i) => frames[f]!.poses[track.poseIndices[i]!]!);
  const x = poses.map((p) => hipCentreNorm(p)[0]);
  const torso = median(poses.map(torsoLengthNorm));
  const smooth = x.map((_, i) => {
    let sum = 0;
    let k = 0;
    for (let j = i; j >= 0 && t[i]! - t[j]! <= params.smoothHalfWindowS; j--, k++) sum += x[j]!;
    for (let j = i + 1; j < n && t[j]! - t[i]! <= params.smoothHalfWindowS; j++, k++) sum += x[j]!;
    return sum / k;
  });
  const net = n > 1 ? smooth[n - 1]! - smooth[0]! : 0;
  const dir = Math.sign(net);
  let walkingFrames = 0;
  for (let i = 1; i < n; i++) {
    const v = (smooth[i]! - smooth[i - 1]!) / Math.max(1e-6, t[i]! - t[i - 1]!);
    if (dir !== 0 && (v * dir) / torso > params.minWalkSpeedTorsoPerS) walkingFrames++;
  }
  return { trackId: track.id, walkingFrames, netTravelXFrac: net };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}
