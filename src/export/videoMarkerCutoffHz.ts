/** Which low-pass cut-off suits a marker file: markers named as BlazePose landmarks come from video. */
import { DEFAULT_PREPROCESS_PARAMS } from '../core/preprocess/preprocessTrajectories';

// Lower-limb BlazePose landmark names, as GaitLens, Pose2Sim and Sports2D write them in TRC / C3D files.
const VIDEO_FOOT_MARKERS = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'];

/**
 * The cut-off for analysing a marker file whose markers are video landmarks.
 * @param markerNames - the file's marker labels (trimmed)
 * @returns the video cut-off (Hz, `DEFAULT_PREPROCESS_PARAMS.cutoffHz`, 6) when the heels and foot indices
 *   carry BlazePose's names (`left_heel`, `right_foot_index`, …), else undefined (the lab-marker default)
 * @remarks Such files hold pose-model landmarks from video (GaitLens's own TRC and C3D exports, Pose2Sim,
 *   Sports2D), whose noise is that of video, not of retro-reflective markers: they are filtered as the video
 *   analysis filters them. With this cut-off GaitLens's own exports re-analyse to the events of the video
 *   analysis (docs/export-formats.md); with the lab default (10 Hz) the demo's events move by up to 40 ms.
 */
export function videoMarkerCutoffHz(markerNames: readonly string[]): number | undefined {
  const names = new Set(markerNames);
  return VIDEO_FOOT_MARKERS.every((n) => names.has(n))
    ? DEFAULT_PREPROCESS_PARAMS.cutoffHz
    : undefined;
}
