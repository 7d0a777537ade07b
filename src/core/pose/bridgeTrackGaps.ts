import { hipCentreNorm, torsoLengthNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidateFrame } from './types';

/** Parameters of {@link bridgeTrackGaps}. */
export interface BridgeTrackGapsParams {
  /** Longest gap that is bridged, s. */
  maxGapS: number;
  /** Largest distance of a pose's hip centre from the interpolated path, torso lengths. */
  maxOffPathTorso: number;
}

/** Defaults of {@link bridgeTrackGaps}. */
export const DEFAULT_BRIDGE_TRACK_GAPS_PARAMS: Readonly<BridgeTrackGapsParams> = Object.freeze({
  maxGapS: 1.0,
  maxOffPathTorso: 0.8,
});

/**
 * Fill the gaps of a person's track with poses that lie on their path.
 * @param frames - estimator output per frame (s)
 * @param track - the subject's track
 * @param params - longest gap and largest distance from the path
 * @returns a new track with the gap frames added (sorted by frame)
 * @remarks When two people overlap, the estimator often returns one pose that the frame-to-frame
 * tracker gives a new identity. Between two sightings of the subject (gap ≤ maxGapS) the hip
 * centre is linearly interpolated; in each gap frame the pose nearest that path is taken when it
 * lies within maxOffPathTorso torso lengths of it. Nothing is extrapolated beyond the track ends.
 */
export function bridgeTrackGaps(
  frames: readonly PoseCandidateFrame[],
  track: PersonTrack,
  params: BridgeTrackGapsParams = DEFAULT_BRIDGE_TRACK_GAPS_PARAMS,
): PersonTrack {
  const outFrames: number[] = [];
  const outPoses: number[] = [];
  for (let k = 0; k < track.frames.length; k++) {
    const fa = track.frames[k]!;
    outFrames.push(fa);
    outPoses.push(track.poseIndices[k]!);
    const fb = track.frames[k + 1];
    if (fb === undefined || fb === fa + 1) continue;
    const a = frames[fa]!;
    const b = frames[fb]!;
    if (b.timeS - a.timeS > params.maxGapS) continue;
    const pa = a.poses[track.poseIndices[k]!]!;
    const pb = b.poses[track.poseIndices[k + 1]!]!;
    const [ax, ay] = hipCentreNorm(pa);
    const [bx, by] = hipCentreNorm(pb);
    const torso = (torsoLengthNorm(pa) + torsoLengthNorm(pb)) / 2;
    for (let f = fa + 1; f < fb; f++) {
      const w = (frames[f]!.timeS - a.timeS) / (b.timeS - a.timeS);
      const px = ax + w * (bx - ax);
      const py = ay + w * (by - ay);
      let best = -1;
      let bestD = params.maxOffPathTorso * torso;
      frames[f]!.poses.forEach((pose, p) => {
        const [x, y] = hipCentreNorm(pose);
        const d = Math.hypot(x - px, y - py);
        if (d <= bestD) {
          bestD = d;
          best = p;
        }
      });
      if (best >= 0) {
        outFrames.push(f);
        outPoses.push(best);
      }
    }
  }
  return { id: track.id, frames: outFrames, poseIndices: outPoses };
}
