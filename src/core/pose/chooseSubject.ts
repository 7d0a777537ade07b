import type { CaptureMeta, Skeleton } from '../skeleton/types';
import type { RecordingQuality } from './assessRecording';
import { assessRecording } from './assessRecording';
import { bridgeTrackGaps } from './bridgeTrackGaps';
import { buildSkeleton } from './buildSkeleton';
import { linkTrackSegments } from './linkTrackSegments';
import type { TrackWalkScore } from './selectWalkingTrack';
import { selectWalkingTrack } from './selectWalkingTrack';
import { trackPeople } from './trackPeople';
import type { PersonTrack, PoseCandidateFrame } from './types';

/** The subject chosen in a recording, their skeleton and the verdict on it. */
export interface SubjectChoice {
  tracks: PersonTrack[];
  scores: TrackWalkScore[];
  /** The followed person's track id; null when nobody was found. */
  trackId: number | null;
  skeleton: Skeleton;
  quality: RecordingQuality;
}

/**
 * Follow everyone, choose the subject (the walker, or the person the user clicked), and build
 * their skeleton with a verdict on the recording.
 * @param frames - pose-estimator output per frame (s)
 * @param capture - capture metadata (no pixels)
 * @param fpsHz - nominal frame rate, Hz
 * @param userTrackId - a track id the user picked; omitted for automatic walker choice
 * @returns tracks, walking scores, chosen track, skeleton and recording quality
 */
export function chooseSubject(
  frames: readonly PoseCandidateFrame[],
  capture: CaptureMeta,
  fpsHz: number,
  userTrackId?: number,
): SubjectChoice {
  const tracks = trackPeople(frames);
  const { trackId: walker, scores } = selectWalkingTrack(frames, tracks);
  let trackId = walker;
  // With nobody walking, follow the person seen longest so the user still gets a skeleton.
  if (trackId === null && tracks.length > 0) {
    trackId = [...tracks].sort((a, b) => b.frames.length - a.frames.length)[0]!.id;
  }
  if (userTrackId !== undefined && tracks.some((t) => t.id === userTrackId)) trackId = userTrackId;
  const track =
    trackId === null ? null : bridgeTrackGaps(frames, linkTrackSegments(frames, tracks, trackId));
  const seedFrame = track?.frames[0] ?? 0;
  const skeleton = buildSkeleton(
    frames,
    track,
    {
      ...capture,
      subjectSelection: {
        method: userTrackId !== undefined ? 'user-click' : 'auto-walker',
        seedFrame,
      },
    },
    fpsHz,
  );
  const quality = assessRecording(
    skeleton,
    frames.map((f) => f.meanLumaFrac),
  );
  return { tracks, scores, trackId, skeleton, quality };
}
