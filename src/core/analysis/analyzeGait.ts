import { applyEventEdits } from '../events/applyEventEdits';
import { compareEvents } from '../events/compareEvents';
import { correctFilterBias } from '../events/correctFilterBias';
import type { EventDetectionInput, EventDetectionResult } from '../events/detection';
import { enforceEventOrder } from '../events/enforceEventOrder';
import { detectEventsOConnor } from '../events/oconnor';
import { refineHeelStrikes } from '../events/refineHeelStrikes';
import type { EventEdit } from '../events/types';
import { detectEventsZeni } from '../events/zeni';
import { median } from '../math/summarize';
import { computeAsymmetry } from '../params/computeAsymmetry';
import { computeParameters } from '../params/computeParameters';
import { estimateScale } from '../params/estimateScale';
import { selectIntervals } from '../params/selectIntervals';
import type { ScaleEstimate } from '../params/estimateScale';
import type { ParamReason } from '../params/types';
import {
  DEFAULT_PREPROCESS_PARAMS,
  preprocessTrajectories,
} from '../preprocess/preprocessTrajectories';
import type { PreprocessResult } from '../preprocess/preprocessTrajectories';
import type { GaitTrajectories } from '../preprocess/types';
import type {
  AnalysisReason,
  AnalyzeOptions,
  EventCrossCheck,
  EventMethod,
  MeasurementsResult,
} from './types';
import { MEASUREMENTS_FORMAT } from './types';

/** Everything before manual edits: keep it to recompute cheaply after each edit (plain data). */
export interface PreparedGait {
  preprocess: PreprocessResult;
  eventMethod: EventMethod;
  detected: EventDetectionResult;
  crossCheck: EventCrossCheck;
  scale: ScaleEstimate;
}

/** Largest missing-frame fraction for which parameters are still computed, 0–1. */
export const MAX_MISSING_FRAC = 0.5;

/** Default low-pass cut-off for lab markers, Hz (toe-off median 5.7 ms vs 11.2 ms at 6 Hz, gaitmap). */
export const MARKER_CUTOFF_HZ = 10;

/**
 * Default low-pass cut-off of a source, Hz.
 * @param traj - trajectories (only `source` is read)
 * @returns 10 Hz for lab markers (low noise; a 6 Hz filter moves the sharp toe-off extremum
 *   ≈ 11 ms earlier), else (video, video landmarks read from a marker file) the video default of
 *   {@link DEFAULT_PREPROCESS_PARAMS} (6 Hz)
 */
export function defaultCutoffHz(traj: GaitTrajectories): number {
  return traj.source === 'markers' ? MARKER_CUTOFF_HZ : DEFAULT_PREPROCESS_PARAMS.cutoffHz;
}

/**
 * Pre-process trajectories and detect events (the expensive part of the analysis).
 * @param traj - trajectories from `fromSkeleton` / `fromMarkers`; not modified
 * @param options - `eventMethod`, `cutoffHz` (Hz; default {@link defaultCutoffHz}: 10 for lab
 *   markers, 6 for video), `maxGapS` (s), `heightCm` (cm), `walkDistanceM` (m)
 * @returns the prepared analysis: pre-processing result, detected events, cross-check, scale
 * @remarks Runs both detectors; the one not chosen is the cross-check (median |Δt| of events
 *   matched within 0.15 s). Missing data: see `preprocessTrajectories`.
 */
export function prepareGait(traj: GaitTrajectories, options: AnalyzeOptions = {}): PreparedGait {
  const preprocess = preprocessTrajectories(traj, {
    ...DEFAULT_PREPROCESS_PARAMS,
    cutoffHz: options.cutoffHz ?? defaultCutoffHz(traj),
    maxGapS: options.maxGapS ?? DEFAULT_PREPROCESS_PARAMS.maxGapS,
  });
  const eventMethod = options.eventMethod ?? 'zeni';
  const corrected = (
    detect: (input: EventDetectionInput) => EventDetectionResult,
  ): EventDetectionResult => {
    const r = detect(preprocess);
    if (options.correctFilterBias === false) return r;
    const { events, correctionsS } = correctFilterBias(r.events, preprocess, detect);
    const sorted = events.sort((a, b) => a.timeS - b.timeS);
    return { ...r, events: sorted, timingCorrectionS: correctionsS };
  };
  // lab markers: heel strike where the heel reaches the floor (Zeni's is early on slow landings)
  const zeniOnly = corrected(detectEventsZeni);
  const zeni = traj.source === 'markers' ? refineHeelStrikes(zeniOnly, preprocess) : zeniOnly;
  const velocity = corrected(detectEventsOConnor);
  const [detected, other] = eventMethod === 'zeni' ? [zeni, velocity] : [velocity, zeni];
  const diffs = (['heel-strike', 'toe-off'] as const).map((type) =>
    compareEvents(other.events, detected.events, type, 0.15),
  );
  const errors = diffs.flatMap((d) => d.errorsS.map(Math.abs));
  const crossCheck: EventCrossCheck = {
    method: eventMethod === 'zeni' ? 'foot-velocity' : 'zeni',
    medianAbsDiffS: errors.length ? median(errors) : null,
    nMatched: errors.length,
    nUnmatched: diffs.reduce((s, d) => s + d.misses, 0),
  };
  const scale = estimateScale(
    preprocess.trajectories,
    preprocess.bouts,
    preprocess.progressionUnits,
    options,
  );
  return { preprocess, eventMethod, detected, crossCheck, scale };
}

/**
 * Measure parameters from prepared data and manual edits (cheap; call after every edit).
 * @param prepared - result of {@link prepareGait}; not modified
 * @param edits - manual event edits, in the order made (default none)
 * @returns the measurements result (format gaitlens.measurements/1)
 * @remarks Order enforcement, then edits, then the interval selection (`selectIntervals`: which
 *   steps and strides count, kept in `intervals` for the exports), parameters with the quality gate, and
 *   asymmetry. Global refusals: no bouts or no walking → `not-walking`; more than 50 % of frames
 *   without a subject → `too-many-missing-frames`; no events → `no-events`. Frontal views cap grades
 *   at B and refuse spatial parameters (`view-does-not-allow`); treadmill trials arrive with the
 *   belt's travel added (`preprocessTrajectories`), so their lengths are lengths on the belt.
 *   Detected events are reported even when parameters are refused.
 */
export function measureGait(prepared: PreparedGait, edits: EventEdit[] = []): MeasurementsResult {
  const { preprocess: pre, scale } = prepared;
  const traj = pre.trajectories;
  const ordered = enforceEventOrder(prepared.detected.events);
  const edited = applyEventEdits(ordered.events, edits, { fpsHz: traj.fpsHz });
  const selection = selectIntervals(edited.events, pre.bouts, 1 / traj.fpsHz);
  const refuse: ParamReason[] = [];
  if (pre.bouts.length === 0 || pre.direction.view === 'not-walking') refuse.push('not-walking');
  if (pre.report.missingFrac > MAX_MISSING_FRAC) refuse.push('too-many-missing-frames');
  if (edited.events.length === 0 && refuse.length === 0) refuse.push('no-events');
  const frontal = pre.direction.view === 'frontal';
  // Frontal video has no forward displacement in the image to measure lengths with.
  const noLengths = frontal;
  const axis = pre.direction.progressionAxis;
  const parameters = computeParameters({
    selection,
    heelProgressionUnits: { left: traj.left.heel[axis], right: traj.right.heel[axis] },
    bouts: pre.bouts,
    startTimeS: traj.timesS[0] ?? 0,
    fpsHz: traj.fpsHz,
    metresPerUnit: scale.metresPerUnit,
    refuse,
    refuseSpatial: noLengths ? ['view-does-not-allow'] : [],
    missingFrac: pre.report.missingFrac,
    maxGrade: frontal ? 'B' : 'A',
  });
  const count = (side: 'left' | 'right', type: 'heel-strike' | 'toe-off'): number =>
    edited.events.filter((e) => e.side === side && e.type === type).length;
  const cadence = parameters.find((p) => p.key === 'cadenceStepsPerMin')!.all;
  const reasons: AnalysisReason[] = [...new Set<AnalysisReason>([...refuse, ...cadence.reasons])];
  if (!traj.pelvis) reasons.push('pelvis-proxy');
  if (frontal) reasons.push('frontal-view');
  return {
    format: MEASUREMENTS_FORMAT,
    eventMethod: prepared.eventMethod,
    events: edited.events,
    droppedEvents: ordered.dropped.map(({ event: e, reason }) => ({
      side: e.side,
      type: e.type,
      timeS: e.timeS,
      reason,
    })),
    edits: { applied: edited.applied, unmatched: edited.unmatched },
    parameters,
    counts: {
      heelStrike: { left: count('left', 'heel-strike'), right: count('right', 'heel-strike') },
      toeOff: { left: count('left', 'toe-off'), right: count('right', 'toe-off') },
    },
    asymmetry: { stepTime: computeAsymmetry(parameters) },
    cycles: {
      left: selection.strides.filter((c) => c.used && c.side === 'left').length,
      right: selection.strides.filter((c) => c.used && c.side === 'right').length,
      dropped: selection.strides.filter((c) => !c.used).length,
    },
    intervals: selection,
    bouts: pre.bouts,
    direction: pre.direction,
    scale,
    crossCheck: prepared.crossCheck,
    timingCorrectionS: prepared.detected.timingCorrectionS ?? null,
    quality: { ok: cadence.mean !== null, reasons },
    preprocessing: pre.report,
  };
}

/**
 * Analyse gait from trajectories: pre-processing, events, parameters, quality.
 * @param traj - trajectories from `fromSkeleton` / `fromMarkers`; not modified
 * @param options - see {@link AnalyzeOptions} (height cm, walk distance m, method, edits, cut-off Hz)
 * @returns the measurements result (format gaitlens.measurements/1)
 * @remarks `measureGait(prepareGait(traj, options), options.edits)`; keep the prepared data to
 *   recompute cheaply after edits. Missing data: see `preprocessTrajectories` and `measureGait`.
 */
export function analyzeGait(
  traj: GaitTrajectories,
  options: AnalyzeOptions = {},
): MeasurementsResult {
  return measureGait(prepareGait(traj, options), options.edits ?? []);
}
