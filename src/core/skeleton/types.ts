/**
 * The skeleton data model, format `gaitlens.skeleton/1` (see docs/skeleton-format.md).
 * Plain data only: it passes through comlink, IndexedDB and JSON unchanged. Never pixels.
 */

/** Format tag of the current skeleton schema. */
export const SKELETON_FORMAT = 'gaitlens.skeleton/1' as const;

/** One landmark in normalised image coordinates: x, y in 0–1 of width/height (y down), z relative depth (same scale as x). */
export type ImagePointNorm = [xFrac: number, yFrac: number, zRel: number];

/** One landmark in world coordinates, metres, origin at the hip centre (MediaPipe world landmarks; y down). */
export type WorldPointM = [xM: number, yM: number, zM: number];

/** Why a frame has no usable subject, or what is wrong with it. */
export type FrameIssue = 'no-person' | 'subject-lost' | 'lower-body-out-of-view' | 'low-visibility';

/** Per-frame quality of the tracked subject. */
export interface FrameQuality {
  /** A pose of the tracked subject was found in this frame. */
  subjectFound: boolean;
  /** Every lower-limb landmark (hips to toes) lies inside the image with visibility ≥ 0.5. */
  lowerBodyInView: boolean;
  /** Mean visibility of the lower-limb landmarks, 0–1 (NaN when no subject). */
  meanVisibilityFrac: number;
  /** Number of poses the model found in this frame (people in view). */
  posesInFrame: number;
  /** Problems with this frame; empty when the frame is good. */
  issues: FrameIssue[];
}

/** One video frame's skeleton of the tracked subject. */
export interface SkeletonFrame {
  /** Presentation time of the frame from the start of the recording, seconds. */
  timeS: number;
  /** 33 landmarks in BlazePose order, normalised image coordinates; null when the subject is not found. */
  image: ImagePointNorm[] | null;
  /** 33 landmarks in BlazePose order, metres (hip-centred); null when the subject is not found. */
  world: WorldPointM[] | null;
  /** 33 visibility values, 0–1 (probability the landmark is visible, not occluded); null with no subject. */
  visibility: number[] | null;
  /** 33 presence values, 0–1 (probability the landmark is in the frame); null with no subject. */
  presence: number[] | null;
  quality: FrameQuality;
}

/** Where a skeleton came from and how it was made. Never contains pixels or the video itself. */
export interface CaptureMeta {
  source: 'file' | 'webcam' | 'mocap' | 'synthetic' | 'import';
  /** Original file name, if a file was imported (the file itself is never stored). */
  fileName?: string;
  /** Width and height of the analysed frames, pixels (after downscaling). */
  widthPx: number;
  heightPx: number;
  /** Width and height of the source video, pixels. */
  sourceWidthPx?: number;
  sourceHeightPx?: number;
  /** Pose model used, e.g. `pose_landmarker_lite`. */
  model: string;
  /** Delegate that ran the model. */
  delegate?: 'CPU' | 'GPU';
  /** ISO 8601 time the skeleton was made. */
  createdIso: string;
  /** App name and version that wrote the file. */
  software: string;
  /** How the subject was chosen among the people in view. */
  subjectSelection?: { method: 'auto-walker' | 'user-click'; seedFrame: number };
}

/** A whole recording's skeleton: per-frame landmarks of one tracked subject. */
export interface Skeleton {
  format: typeof SKELETON_FORMAT;
  /** Nominal frame rate, Hz (frames may still carry their own timeS). */
  fpsHz: number;
  /** Landmark names, in the order of every per-frame array (BlazePose order). */
  landmarkNames: readonly string[];
  frames: SkeletonFrame[];
  capture: CaptureMeta;
}
