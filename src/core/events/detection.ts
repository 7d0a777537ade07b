/** Input and output shared by the event detectors (Zeni, O'Connor). */
import type { Bout, GaitTrajectories, WalkingDirection } from '../preprocess/types';
import type { GaitEvent, GaitEventType, Side } from './types';

/** What an event detector needs: the output of `preprocessTrajectories` (or an equivalent). */
export interface EventDetectionInput {
  /** Filtered trajectories. */
  trajectories: GaitTrajectories;
  direction: WalkingDirection;
  /** Events are searched inside bouts only. */
  bouts: Bout[];
  /** Smoothed body-centre progression along the progression axis per frame, trajectory unit. */
  progressionUnits: Float64Array;
  /** Its time derivative, trajectory unit per s. */
  progressionSpeedUnitsPerS: Float64Array;
}

/** Options shared by the event detectors. */
export interface EventDetectionParams {
  /** Extrema need a prominence of at least this fraction of the bout's 5–95 % signal range (0–1). */
  minProminenceFrac: number;
  /** Smallest time between two events of one side and type, s (> one frame). */
  minEventSpacingS: number;
}

/** Default options of the event detectors. */
export const DEFAULT_EVENT_DETECTION_PARAMS: Readonly<EventDetectionParams> = Object.freeze({
  minProminenceFrac: 0.25,
  minEventSpacingS: 0.4, // shortest stride at 180 steps/min is 0.67 s
});

/** Result of an event detector. */
export interface EventDetectionResult {
  /** Events sorted by time. */
  events: GaitEvent[];
  quality: { ok: boolean; reasons: ('no-bouts' | 'no-events' | 'pelvis-proxy')[] };
  /** Filter-bias correction added to each side and type (`correctFilterBias`), s; absent when off. */
  timingCorrectionS?: Record<`${Side}|${GaitEventType}`, number>;
}
