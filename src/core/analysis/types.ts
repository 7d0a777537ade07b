/** The measurements result, format `gaitlens.measurements/1` (see docs/measurements-format.md). */
import type { EventDetectionResult } from '../events/detection';
import type { DroppedEventReason } from '../events/enforceEventOrder';
import type { EventEdit, GaitEvent, Side } from '../events/types';
import type { StepTimeAsymmetry } from '../params/computeAsymmetry';
import type { ScaleEstimate } from '../params/estimateScale';
import type { IntervalSelection } from '../params/selectIntervals';
import type { Parameter, ParamReason } from '../params/types';
import type { Bout, PreprocessReport, WalkingDirection } from '../preprocess/types';

/** Format tag of {@link MeasurementsResult}. */
export const MEASUREMENTS_FORMAT = 'gaitlens.measurements/1' as const;

/** Which detector gives the events. */
export type EventMethod = 'zeni' | 'foot-velocity';

/** Options of `analyzeGait` / `analyzeSkeleton`. */
export interface AnalyzeOptions {
  /** Standing height, cm (100–230): gives a scale for video. */
  heightCm?: number;
  /** Distance walked along the progression in the analysed bouts, m: gives a scale for video. */
  walkDistanceM?: number;
  /** Default `zeni`; the other method runs as a cross-check. */
  eventMethod?: EventMethod;
  /** Manual edits applied on top of the detected events. */
  edits?: EventEdit[];
  /** Low-pass cut-off, Hz (default 10 for lab markers, 6 for video and synthetic skeletons). */
  cutoffHz?: number;
  /** Longest dropout that is interpolated, s (default 0.2). */
  maxGapS?: number;
  /** Remove the low-pass filter's event-timing bias (`correctFilterBias`); default true. */
  correctFilterBias?: boolean;
}

/** Why the analysis as a whole is limited. */
export type AnalysisReason = ParamReason | 'pelvis-proxy' | 'frontal-view';

/** Agreement between the chosen and the cross-check detector. */
export interface EventCrossCheck {
  method: EventMethod;
  /** Median |difference| of matched heel strikes and toe-offs, s; null when none matched. */
  medianAbsDiffS: number | null;
  nMatched: number;
  /** Events of the chosen method without a partner within 0.15 s. */
  nUnmatched: number;
}

/** The measurements of one recording: plain data, JSON- and structured-clone-safe. */
export interface MeasurementsResult {
  format: typeof MEASUREMENTS_FORMAT;
  eventMethod: EventMethod;
  /** Events after order enforcement and manual edits, sorted by time. */
  events: GaitEvent[];
  /** Detected events removed by order enforcement. */
  droppedEvents: {
    side: Side;
    type: GaitEvent['type'];
    timeS: number;
    reason: DroppedEventReason;
  }[];
  edits: { applied: number; unmatched: EventEdit[] };
  parameters: Parameter[];
  counts: { heelStrike: Record<Side, number>; toeOff: Record<Side, number> };
  asymmetry: { stepTime: StepTimeAsymmetry };
  cycles: { left: number; right: number; dropped: number };
  /** Every step and stride candidate, used or excluded with its reason (`selectIntervals`): the
   *  parameters, the CSV and FHIR exports and the results page all count from it. Absent in
   *  results saved before it existed. */
  intervals?: IntervalSelection;
  bouts: Bout[];
  direction: WalkingDirection;
  scale: ScaleEstimate;
  crossCheck: EventCrossCheck;
  /** Filter-bias correction added to the detected events per side and type, s (0 where none was
   *  made); null when the correction was turned off. Absent in results saved before it existed. */
  timingCorrectionS?: EventDetectionResult['timingCorrectionS'] | null;
  quality: { ok: boolean; reasons: AnalysisReason[] };
  preprocessing: PreprocessReport;
}
