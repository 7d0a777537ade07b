/**
 * Intermediate representation between sources (pose skeleton, lab markers, synthetic walker) and
 * the measurement stages: per-side 3-D point series with NaN for missing samples.
 */
import type { Side } from '../events/types';

/** Format tag of {@link GaitTrajectories}. */
export const TRAJECTORIES_FORMAT = 'gaitlens.trajectories/1' as const;

/** One point's trajectory: one sample per frame per axis; NaN where missing. */
export interface PointSeries {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/** Body points a side may carry. Only `heel` and `toe` are required by the event detectors. */
export type SegmentPoint = 'heel' | 'toe' | 'ankle' | 'knee' | 'hip' | 'shoulder';

/** Axis name of a {@link PointSeries}. */
export type Axis = 'x' | 'y' | 'z';

/** Points of one body side. */
export type SidePoints = Partial<Record<SegmentPoint, PointSeries>> & {
  heel: PointSeries;
  toe: PointSeries;
};

/**
 * Where the trajectories came from (decides which view checks, filter and edge rules apply):
 * `markers` lab motion capture; `video-markers` pose-model landmarks from video read back from a
 * marker file (TRC / C3D whose feet carry BlazePose's names: GaitLens's exports, Pose2Sim, Sports2D),
 * metres but with video's noise and unreliable bout edges; `skeleton-image` a video skeleton.
 */
export type TrajectorySource = 'skeleton-image' | 'markers' | 'video-markers' | 'synthetic';

/**
 * Trajectories of one recording, ready for pre-processing.
 *
 * Units: `m` for lab markers (metres, any origin) or `image-norm` for video (both image axes in
 * fractions of the image height, so x and y share one scale; depth z in the same scale).
 */
export interface GaitTrajectories {
  format: typeof TRAJECTORIES_FORMAT;
  /** Frame times, s, strictly increasing. */
  timesS: Float64Array;
  /** Nominal frame rate, Hz. */
  fpsHz: number;
  unit: 'm' | 'image-norm';
  /** Axis that is vertical. */
  verticalAxis: Axis;
  /** +1 when "up" is the positive direction of `verticalAxis`, −1 when it points down (image y). */
  verticalSign: 1 | -1;
  /** Axis that holds depth (distance from the camera) for video; null for lab data. */
  depthAxis: Axis | null;
  left: SidePoints;
  right: SidePoints;
  /** Pelvis centre (hip-joint centre midpoint); absent for foot-only data. */
  pelvis?: PointSeries;
  /** Per-frame mean visibility of each side's lower-limb points, 0–1; absent for lab data. */
  visibilityFrac?: Record<Side, Float64Array>;
  source: TrajectorySource;
}

/** How the subject moves relative to the camera or lab. */
export type ViewKind = 'sagittal' | 'frontal' | 'not-walking' | 'unknown';

/** Walking direction found by `detectDirection`. */
export interface WalkingDirection {
  view: ViewKind;
  /** Axis along which the subject progresses (sagittal: horizontal image axis or lab axis; frontal: depth). */
  progressionAxis: Axis;
  /** Sign of the overall progression along the axis (+1 / −1); bouts carry their own sign. */
  sign: 1 | -1;
  /** For video: `left-to-right`, `right-to-left` (image), `toward-camera`, `away-from-camera`; for lab: `+x`, `-y`… */
  label: string;
  /** Net displacement of the body centre along the axis divided by the leg length (dimensionless), or NaN. */
  displacementLegLengths: number;
}

/** Why a stretch of the recording is not analysed. */
export type ExcludedReason = 'turn' | 'standing' | 'approach' | 'leave' | 'missing' | 'too-short';

/** One straight walking bout. */
export interface Bout {
  startFrame: number;
  /** Last frame (inclusive). */
  endFrame: number;
  startS: number;
  endS: number;
  /** Sign of progression along the progression axis during the bout. */
  sign: 1 | -1;
  /** Mean progression speed, trajectory unit per s (m/s for lab data). */
  speedUnitsPerS: number;
  /**
   * Lab markers only: the data stay reliable up to the bout's edges, so an extremum next to an edge
   * is judged by its closed side (`findPeaks` `openEnds`); absent (false) for video, where a
   * walker entering or leaving the frame makes edge extrema unreliable.
   */
  openEdges?: boolean;
}

/** A stretch removed from analysis, with the reason. */
export interface ExcludedSpan {
  startS: number;
  endS: number;
  reason: ExcludedReason;
}

/** What pre-processing did (plain data, shown in the report). */
export interface PreprocessReport {
  /** Frames whose lower-body points were all missing before gap filling. */
  missingFrames: number;
  /** `missingFrames` / total frames, 0–1. */
  missingFrac: number;
  /** Samples filled by interpolation (per point series, summed). */
  filledSamples: number;
  /** Gaps longer than the limit, left as NaN. */
  refusedGaps: { startS: number; endS: number }[];
  /** Frames where the left and right legs were swapped back. */
  swappedFrames: number;
  /** Cut-off of the zero-lag low-pass, Hz (NaN when not filtered). */
  cutoffHz: number;
  /** Longest gap that was filled, s. */
  maxGapS: number;
  excluded: ExcludedSpan[];
  /** Treadmill belt found in lab marker data (axis, walking sign, speed m/s), whose travel was added; null otherwise. */
  treadmill: { axis: Axis; sign: 1 | -1; beltSpeedMPerS: number } | null;
}
