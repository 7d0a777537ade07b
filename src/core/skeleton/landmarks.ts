/**
 * BlazePose / MediaPipe Pose 33-landmark index order (public API enum `PoseLandmark`).
 * Index i of every per-frame landmark array is the landmark named `BLAZEPOSE_LANDMARKS[i]`.
 */
export const BLAZEPOSE_LANDMARKS = Object.freeze([
  'nose',
  'left_eye_inner',
  'left_eye',
  'left_eye_outer',
  'right_eye_inner',
  'right_eye',
  'right_eye_outer',
  'left_ear',
  'right_ear',
  'mouth_left',
  'mouth_right',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_pinky',
  'right_pinky',
  'left_index',
  'right_index',
  'left_thumb',
  'right_thumb',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const);

/** Name of one BlazePose landmark. */
export type LandmarkName = (typeof BLAZEPOSE_LANDMARKS)[number];

/** Number of landmarks per frame (33). */
export const LANDMARK_COUNT = BLAZEPOSE_LANDMARKS.length;

/**
 * Index of a landmark in BlazePose order.
 * @param name - landmark name, e.g. `left_heel`
 * @returns the 0-based index (0–32)
 */
export function landmarkIndex(name: LandmarkName): number {
  return BLAZEPOSE_LANDMARKS.indexOf(name);
}

/** Landmarks of the lower limbs that gait analysis needs in view (hips to toes). */
export const LOWER_LIMB_LANDMARKS: readonly LandmarkName[] = Object.freeze([
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
]);
