import { hipCentreNorm, torsoLengthNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidateFrame } from './types';

/** Parameters of {@link selectWalkingTrack}. */
export interface SelectWalkingTrackParams {
  /** Hip speed above which a frame counts as walking, torso lengths per s. */
  minWalkSpeedTorsoPerS: number;
  /** Half-width of the moving-average window used on the hip trajectory, s. */
  smoothHalfWindowS: number;
  /** Rate of change of log torso length above which a frame counts as walking toward or away
   *  from the camera, 1/s (1.2 m/s at 3–9 m from the camera gives 0.13–0.4). */
  minApproachRatePerS: number;
  /** Half-width of the moving average on log torso length, s (long enough to cancel sway and
   *  jumping at ≥ 1 Hz). */
  approachHalfWindowS: number;
}

/** Defaults of {@link selectWalkingTrack}. */
export const DEFAULT_SELECT_WALKING_TRACK_PARAMS: Readonly<SelectWalkingTrackParams> =
  Object.freeze({
    minWalkSpeedTorsoPerS: 0.4,
    smoothHalfWindowS: 0.25,
    minApproachRatePerS: 0.1,
    approachHalfWindowS: 0.5,
  });

/** Walking score of one track. */
export interface TrackWalkScore {
  trackId: number;
  /** Frames in which the person moves in their main direction faster than the threshold: across
   *  the picture, or toward / away from the camera, whichever has more. */
  walkingFrames: number;
  /** Which of the two it was. */
  walkingAxis: 'across' | 'depth';
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
 * or flickering in the background do not. Across the picture: frames whose smoothed horizontal
 * hip speed exceeds `minWalkSpeedTorsoPerS` in the track's net direction. Toward or away from the
 * camera the hips hardly move sideways but the person grows or shrinks: frames whose smoothed
 * rate of change of log torso length exceeds `minApproachRatePerS` in its net direction. The score
 * is the larger of the two counts.
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

// Moving average of v over ±halfS (times t, s).
function movingAverage(v: readonly number[], t: readonly number[], halfS: number): number[] {
  return v.map((_, i) => {
    let sum = 0;
    let k = 0;
    for (let j = i; j >= 0 && t[i]! - t[j]! <= halfS; j--, k++) sum += v[j]!;
    for (let j = i + 1; j < v.length && t[j]! - t[i]! <= halfS; j++, k++) sum += v[j]!;
    return sum / k;
  });
}

// Frames whose smoothed series moves in its net direction faster than `minRate` (per s).
function steadyFrames(smooth: readonly number[], t: readonly number[], minRate: number): number {
  const n = smooth.length;
  const dir = n > 1 ? Math.sign(smooth[n - 1]! - smooth[0]!) : 0;
  let count = 0;
  for (let i = 1; i < n; i++) {
    const v = (smooth[i]! - smooth[i - 1]!) / Math.max(1e-6, t[i]! - t[i - 1]!);
    if (dir !== 0 && v * dir > minRate) count++;
  }
  return count;
}

function scoreTrack(
  frames: readonly PoseCandidateFrame[],
  track: PersonTrack,
  params: SelectWalkingTrackParams,
): TrackWalkScore {
  const n = track.frames.length;
  const t = track.frames.map((f) => frames[f]!.timeS);
  const poses = track.frames.map((f, i) => frames[f]!.poses[track.poseIndices[i]!]!);
  const torsos = poses.map(torsoLengthNorm);
  const torso = median(torsos);
  const x = movingAverage(
    poses.map((p) => hipCentreNorm(p)[0] / torso),
    t,
    params.smoothHalfWindowS,
  );
  const logSize = movingAverage(
    torsos.map((l) => Math.log(Math.max(l, 1e-6))),
    t,
    params.approachHalfWindowS,
  );
  const across = steadyFrames(x, t, params.minWalkSpeedTorsoPerS);
  const depth = steadyFrames(logSize, t, params.minApproachRatePerS);
  const net = n > 1 ? (x[n - 1]! - x[0]!) * torso : 0;
  return {
    trackId: track.id,
    walkingFrames: Math.max(across, depth),
    walkingAxis: depth > across ? 'depth' : 'across',
    netTravelXFrac: net,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}
