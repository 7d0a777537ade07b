import { hipCentreNorm, torsoLengthNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidate, PoseCandidateFrame } from './types';

/** Shoulders, hips and knees (BlazePose indices): the landmarks compared between frames. */
const BODY = [11, 12, 23, 24, 25, 26];

/** Parameters of {@link trackPeople}. */
export interface TrackPeopleParams {
  /** Longest gap a person may vanish for and keep their identity, s. */
  maxGapS: number;
  /** Largest mean shift of shoulders, hips and knees between sightings, torso lengths per 0.1 s. */
  maxJumpTorsoPer100Ms: number;
}

/** Defaults of {@link trackPeople}. */
export const DEFAULT_TRACK_PEOPLE_PARAMS: Readonly<TrackPeopleParams> = Object.freeze({
  maxGapS: 0.5,
  maxJumpTorsoPer100Ms: 0.6,
});

interface Open {
  track: PersonTrack;
  pose: PoseCandidate;
  lastFrame: number;
  x: number;
  y: number;
  vxPerS: number;
  vyPerS: number;
}

/**
 * Follow every person across frames by continuity of the body (greedy nearest match of
 * shoulders, hips and knees to a constant-velocity prediction, scaled by torso length).
 * @param frames - estimator output per frame; times in s, increasing
 * @param params - gap and jump limits
 * @returns person tracks, each listing the frames and the pose index in each frame
 * @remarks Identity by continuity only: two people who cross closely can swap; the user can
 * then pick the right person by clicking (see selectTrackAt). Frames without poses are skipped.
 */
export function trackPeople(
  frames: readonly PoseCandidateFrame[],
  params: TrackPeopleParams = DEFAULT_TRACK_PEOPLE_PARAMS,
): PersonTrack[] {
  const tracks: PersonTrack[] = [];
  let open: Open[] = [];
  frames.forEach((frame, f) => {
    open = open.filter((o) => frame.timeS - frames[o.lastFrame]!.timeS <= params.maxGapS);
    const pairs: { cost: number; o: Open; p: number }[] = [];
    frame.poses.forEach((pose, p) => {
      const torso = torsoLengthNorm(pose);
      for (const o of open) {
        const dtS = frame.timeS - frames[o.lastFrame]!.timeS;
        const dx = o.vxPerS * dtS;
        const dy = o.vyPerS * dtS;
        let shift = 0;
        for (const i of BODY) {
          const [ax, ay] = o.pose.image[i]!;
          const [bx, by] = pose.image[i]!;
          shift += Math.hypot(bx - (ax + dx), by - (ay + dy));
        }
        const jump = shift / BODY.length / torso / Math.max(1, dtS / 0.1);
        if (jump <= params.maxJumpTorsoPer100Ms) pairs.push({ cost: jump, o, p });
      }
    });
    pairs.sort((a, b) => a.cost - b.cost);
    const usedPoses = new Set<number>();
    const usedTracks = new Set<Open>();
    for (const { o, p } of pairs) {
      if (usedPoses.has(p) || usedTracks.has(o)) continue;
      usedPoses.add(p);
      usedTracks.add(o);
      const [x, y] = hipCentreNorm(frame.poses[p]!);
      const dtS = Math.max(1e-6, frame.timeS - frames[o.lastFrame]!.timeS);
      o.vxPerS = 0.5 * o.vxPerS + 0.5 * ((x - o.x) / dtS);
      o.vyPerS = 0.5 * o.vyPerS + 0.5 * ((y - o.y) / dtS);
      o.x = x;
      o.y = y;
      o.pose = frame.poses[p]!;
      o.lastFrame = f;
      o.track.frames.push(f);
      o.track.poseIndices.push(p);
    }
    frame.poses.forEach((pose, p) => {
      if (usedPoses.has(p)) return;
      const [x, y] = hipCentreNorm(pose);
      const track: PersonTrack = { id: tracks.length, frames: [f], poseIndices: [p] };
      tracks.push(track);
      open.push({ track, pose, lastFrame: f, x, y, vxPerS: 0, vyPerS: 0 });
    });
  });
  return tracks;
}
