/**
 * Types of the kinematics stage: sagittal joint angles per gait cycle (see docs/angle-conventions.md).
 * Plain data only (objects, arrays, typed arrays): passes through comlink, IndexedDB and JSON.
 */
import type { Quality } from '../errors';
import type { Side } from '../events/types';

/** A sagittal angle curve the kinematics stage computes. */
export type KinematicJoint = 'hip' | 'knee' | 'ankle' | 'pelvisTilt' | 'trunkTilt';

/** All kinematic joints, in report order. */
export const KINEMATIC_JOINTS: readonly KinematicJoint[] = Object.freeze([
  'hip',
  'knee',
  'ankle',
  'pelvisTilt',
  'trunkTilt',
]);

/** Direction of progression in the image: the subject walks towards +x (`left-to-right`) or −x. */
export type WalkingDirection = 'left-to-right' | 'right-to-left';

/**
 * One point's trajectory, one sample per frame, NaN where missing.
 * x to the image right, y DOWN (image and BlazePose world convention), z optional (3-D only).
 * Units: any length unit, the same on all axes (pixels of an aspect-corrected image, or metres).
 */
export interface PointSeries {
  x: Float64Array;
  y: Float64Array;
  z?: Float64Array;
}

/** The landmarks of one side that the angles need (BlazePose `foot_index` is the toe). */
export interface LimbPointSeries {
  shoulder: PointSeries;
  hip: PointSeries;
  knee: PointSeries;
  ankle: PointSeries;
  heel: PointSeries;
  toe: PointSeries;
  /** Anterior / posterior superior iliac spine markers (mocap only; pose models have none). */
  asis?: PointSeries;
  psis?: PointSeries;
}

/** Input of {@link computeKinematics}. */
export interface KinematicsInput {
  /** Frame times, s, strictly increasing; same length as every series. */
  timesS: Float64Array;
  /** `2d`: sagittal image plane (z ignored); `3d`: x, y, z used where the convention allows. */
  space: '2d' | '3d';
  /** Direction of progression along +x or −x; it sets the sign of every sagittal angle. */
  walkingDirection: WalkingDirection;
  left?: LimbPointSeries;
  right?: LimbPointSeries;
}

/** Heel-strike (initial contact) times per side, s from the start of the recording. */
export type HeelStrikesS = Partial<Record<Side, readonly number[]>>;

/** Per-frame angle series of one side, deg, NaN where a landmark is missing. */
export type JointAngleSeries = Record<KinematicJoint, Float64Array>;

/** Why a gait cycle was left out of the curves. */
export type CycleDropReason =
  'cycle-too-short' | 'cycle-too-long' | 'outside-recording' | 'too-many-missing';

/** One dropped cycle (heel strike to next heel strike of the same side). */
export interface DroppedCycle {
  startS: number;
  endS: number;
  reason: CycleDropReason;
}

/** Time-normalised curves of one joint on one side. */
export interface JointSideCurves {
  /** One row per kept cycle, each 101 values (0, 1, …, 100 % of the cycle), deg. */
  cycles: number[][];
  /** Point-wise mean over cycles, 101 values, deg. */
  mean: number[];
  /** Point-wise sample SD over cycles (n − 1), 101 values, deg; NaN when fewer than 2 cycles. */
  sd: number[];
  /** Number of cycles used (= cycles.length). */
  nCycles: number;
  /** Number of cycles dropped, with reasons. */
  nDropped: number;
  dropped: DroppedCycle[];
}

/** Curves of one joint, per side (a side is absent when it has too few cycles or no data). */
export type SideCurves = Partial<Record<Side, JointSideCurves>>;

/** Summary numbers of one joint on one side. Flexion = the positive direction of the angle. */
export interface JointSideSummary {
  /** Range of motion of the mean curve (max − min), deg. */
  romDeg: number;
  /** Mean and SD over cycles of each cycle's own range of motion, deg (SD NaN with 1 cycle). */
  cycleRomMeanDeg: number;
  cycleRomSdDeg: number;
  /** Maximum of the mean curve (hip/knee flexion, ankle dorsiflexion, anterior tilt), deg. */
  peakFlexionDeg: number;
  /** Where the maximum occurs, % of the gait cycle (0–100). */
  peakFlexionPct: number;
  /** Minimum of the mean curve (extension, plantarflexion, posterior tilt), deg. */
  peakExtensionDeg: number;
  peakExtensionPct: number;
  /** Mean of the mean curve over the cycle, deg. */
  meanDeg: number;
  nCycles: number;
}

/** Why the kinematics are refused or degraded. */
export type KinematicsReason =
  | 'empty-input'
  | 'frame-times-mismatch'
  | 'no-heel-strikes'
  | 'too-few-cycles-left'
  | 'too-few-cycles-right'
  | 'pelvis-tilt-not-observable';

/** Result of {@link computeKinematics}. */
export interface KinematicsResult {
  curves: Record<KinematicJoint, SideCurves>;
  summary: Record<KinematicJoint, Partial<Record<Side, JointSideSummary>>>;
  quality: Quality<KinematicsReason>;
}
