/** Raw pose-estimator output per frame: every person found, before one subject is chosen. */
import type { ImagePointNorm, WorldPointM } from '../skeleton/types';

/** One person's pose as found by the estimator in one frame (33 BlazePose landmarks). */
export interface PoseCandidate {
  image: ImagePointNorm[];
  world: WorldPointM[];
  /** Per-landmark visibility, 0–1. */
  visibility: number[];
  /** Per-landmark presence, 0–1; null when the estimator does not report it (tasks-vision 0.10). */
  presence: number[] | null;
}

/** Everything the estimator found in one frame. */
export interface PoseCandidateFrame {
  /** Frame time from the start of the recording, s. */
  timeS: number;
  poses: PoseCandidate[];
  /** Mean luma of the frame, 0–1 (Rec. 601 weights); NaN when not measured. */
  meanLumaFrac: number;
}

/** A person followed across frames by continuity. */
export interface PersonTrack {
  id: number;
  /** Frame index → index of this person's pose in that frame's `poses`. */
  frames: number[];
  poseIndices: number[];
}
