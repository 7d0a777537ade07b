import { hipCentreNorm, torsoLengthNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidateFrame } from './types';

/** Parameters of {@link linkTrackSegments}. */
export interface LinkTrackSegmentsParams {
  /** Longest gap between two segments that may be joined, s. */
  maxGapS: number;
  /** Largest distance of a segment's first (or last) hip centre from the extrapolated path, torso lengths. */
  maxOffPathTorso: number;
  /** Sightings used to estimate the velocity at a segment end. */
  velocitySightings: number;
}

/** Defaults of {@link linkTrackSegments}. */
export const DEFAULT_LINK_TRACK_SEGMENTS_PARAMS: Readonly<LinkTrackSegmentsParams> = Object.freeze({
  maxGapS: 1.0,
  maxOffPathTorso: 1.0,
  velocitySightings: 6,
});

interface End {
  frame: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  torso: number;
}

function endOf(
  frames: readonly PoseCandidateFrame[],
  t: PersonTrack,
  last: boolean,
  n: number,
): End {
  const idx = last ? t.frames.length - 1 : 0;
  const ref = last ? Math.max(0, idx - n) : Math.min(t.frames.length - 1, idx + n);
  const pose = (i: number) => frames[t.frames[i]!]!.poses[t.poseIndices[i]!]!;
  const [x, y] = hipCentreNorm(pose(idx));
  const [rx, ry] = hipCentreNorm(pose(ref));
  const dt = frames[t.frames[idx]!]!.timeS - frames[t.frames[ref]!]!.timeS;
  return {
    frame: t.frames[idx]!,
    x,
    y,
    vx: dt !== 0 ? (x - rx) / dt : 0,
    vy: dt !== 0 ? (y - ry) / dt : 0,
    torso: torsoLengthNorm(pose(idx)),
  };
}

/**
 * Join a person's track with the segments that continue it after an identity break.
 * @param frames - estimator output per frame (s)
 * @param tracks - all tracks from trackPeople
 * @param trackId - the subject's track id
 * @param params - gap, distance and velocity-window limits
 * @returns one track made of the subject's segments, sorted by frame
 * @remarks When people overlap or the estimator drops a person for a moment, the tracker starts
 * a new identity. A segment that starts after the subject's track ends (or ends before it
 * starts), within maxGapS, continues it when its first (last) hip centre lies within
 * maxOffPathTorso torso lengths of the subject's constant-velocity extrapolation. Repeats until
 * nothing more joins; the nearest candidate wins.
 */
export function linkTrackSegments(
  frames: readonly PoseCandidateFrame[],
  tracks: readonly PersonTrack[],
  trackId: number,
  params: LinkTrackSegmentsParams = DEFAULT_LINK_TRACK_SEGMENTS_PARAMS,
): PersonTrack {
  const start = tracks.find((t) => t.id === trackId);
  if (!start) throw new RangeError(`no track ${trackId}`);
  let merged: PersonTrack = {
    id: start.id,
    frames: [...start.frames],
    poseIndices: [...start.poseIndices],
  };
  const used = new Set([trackId]);
  for (let grown = true; grown;) {
    grown = false;
    for (const forward of [true, false]) {
      const end = endOf(frames, merged, forward, params.velocitySightings);
      let best: { t: PersonTrack; d: number } | null = null;
      for (const t of tracks) {
        if (used.has(t.id)) continue;
        const first = forward ? t.frames[0]! : t.frames[t.frames.length - 1]!;
        if (forward ? first <= end.frame : first >= end.frame) continue;
        const dt = frames[first]!.timeS - frames[end.frame]!.timeS;
        if (Math.abs(dt) > params.maxGapS) continue;
        const other = endOf(frames, t, !forward, params.velocitySightings);
        const d =
          Math.hypot(other.x - (end.x + end.vx * dt), other.y - (end.y + end.vy * dt)) / end.torso;
        if (d <= params.maxOffPathTorso && (!best || d < best.d)) best = { t, d };
      }
      if (!best) continue;
      used.add(best.t.id);
      const pairs = [
        ...merged.frames.map((f, i) => [f, merged.poseIndices[i]!] as const),
        ...best.t.frames.map((f, i) => [f, best.t.poseIndices[i]!] as const),
      ].sort((a, b) => a[0] - b[0]);
      merged = {
        id: merged.id,
        frames: pairs.map((p) => p[0]),
        poseIndices: pairs.map((p) => p[1]),
      };
      grown = true;
    }
  }
  return merged;
}
