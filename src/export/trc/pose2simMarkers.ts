/**
 * BlazePose marker names for OpenSim, following Pose2Sim. Pose2Sim's BlazePose marker set
 * (`Pose2Sim/OpenSim_Setup/Markers_BlazePose.xml` and `IK_Setup_Pose2Sim_Blazepose.xml`, perfanalytics/pose2sim)
 * names its 25 markers exactly as MediaPipe names the landmarks (`left_heel`, `right_foot_index`, …) and leaves
 * out the inner/outer eye corners, the ears and the mouth corners, which its OpenSim model does not carry.
 * (Some Pose2Sim releases' skeletons.py use other, CamelCase names for their internal tree; the OpenSim
 * marker set, which is what the IK tool matches against the TRC, uses these.)
 */
import { BLAZEPOSE_LANDMARKS } from '../../core/skeleton/landmarks';
import type { LandmarkName } from '../../core/skeleton/landmarks';

/** The 25 markers of Pose2Sim's `Markers_BlazePose.xml`, in BlazePose index order. */
export const POSE2SIM_BLAZEPOSE_MARKERS: readonly LandmarkName[] = Object.freeze(
  BLAZEPOSE_LANDMARKS.filter((n) => !/_eye_(inner|outer)$|_ear$|^mouth_/.test(n)),
);

/** Which markers a TRC export holds: Pose2Sim's 25, or all 33 BlazePose landmarks. */
export type TrcMarkerSet = 'pose2sim' | 'all';
