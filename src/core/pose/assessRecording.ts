import type { Quality } from '../errors';
import type { Skeleton } from '../skeleton/types';

/** Why a recording cannot be analysed, or what the user should know about it. */
export type RecordingIssue =
  | 'no-frames'
  | 'too-short'
  | 'no-person'
  | 'too-dark'
  | 'subject-too-brief'
  | 'lower-body-out-of-view'
  | 'several-people';

/** Thresholds of {@link assessRecording}. */
export interface AssessRecordingParams {
  /** Shortest recording that can hold a few steps, s. */
  minDurationS: number;
  /** Shortest time the subject must be tracked with the lower body in view, s. */
  minLowerBodyS: number;
  /** Mean frame luma below which the video is called too dark, 0–1. */
  maxDarkLumaFrac: number;
  /** Shortest time a pose must be followed without a break to count as a person (shorter = flicker), s. */
  minPersonS: number;
  /** Least share of tracked frames with the whole lower body in view, 0–1. */
  minLowerBodyFrac: number;
}

/** Defaults of {@link assessRecording}. */
export const DEFAULT_ASSESS_RECORDING_PARAMS: Readonly<AssessRecordingParams> = Object.freeze({
  minDurationS: 2,
  minLowerBodyS: 2,
  maxDarkLumaFrac: 0.12,
  minPersonS: 0.5,
  minLowerBodyFrac: 0.25,
});

/** Verdict on a whole recording, with the figures it rests on. */
export interface RecordingQuality extends Quality<RecordingIssue> {
  durationS: number;
  trackedFrames: number;
  lowerBodyFrames: number;
  /** Time the subject is tracked with the whole lower body in view, s. */
  lowerBodyS: number;
  /** Frames inside the tracked span where the subject was lost (integers). */
  lostFrames: number[];
  maxPeopleInFrame: number;
  meanLumaFrac: number;
}

/**
 * Decide whether a recording can be analysed, and say why not.
 * @param skeleton - the subject's skeleton
 * @param meanLumaFrac - mean luma per frame, 0–1 (NaN entries ignored)
 * @param params - duration, visibility and darkness thresholds
 * @returns ok, blocking reasons (plus the informational `several-people`), and the figures
 * @remarks A pose never followed for `minPersonS` in a row is flicker (e.g. bushes), not a person. The lower body
 * must be in view in at least `minLowerBodyFrac` of the tracked frames and for `minLowerBodyS`.
 * `several-people` alone does not make the verdict fail. Order of reasons: most basic
 * first, so the UI can show the first one as the headline.
 */
export function assessRecording(
  skeleton: Skeleton,
  meanLumaFrac: readonly number[],
  params: AssessRecordingParams = DEFAULT_ASSESS_RECORDING_PARAMS,
): RecordingQuality {
  const frames = skeleton.frames;
  const n = frames.length;
  const dtS = 1 / skeleton.fpsHz;
  const durationS = n ? frames[n - 1]!.timeS - frames[0]!.timeS + dtS : 0;
  const tracked = frames.flatMap((f, i) => (f.quality.subjectFound ? [i] : []));
  const lowerBodyFrames = frames.filter((f) => f.quality.lowerBodyInView).length;
  const first = tracked[0] ?? 0;
  const last = tracked[tracked.length - 1] ?? -1;
  const lostFrames: number[] = [];
  for (let i = first; i <= last; i++) if (!frames[i]!.quality.subjectFound) lostFrames.push(i);
  const lumas = meanLumaFrac.filter((v) => Number.isFinite(v));
  const luma = lumas.length ? lumas.reduce((a, b) => a + b, 0) / lumas.length : NaN;
  const maxPeopleInFrame = frames.reduce((m, f) => Math.max(m, f.quality.posesInFrame), 0);
  let longestRun = 0;
  for (let i = 0, run = 0; i < n; i++) {
    run = frames[i]!.quality.subjectFound ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const reasons: RecordingIssue[] = [];
  if (n === 0) reasons.push('no-frames');
  else if (durationS < params.minDurationS) reasons.push('too-short');
  if (n > 0 && longestRun * dtS < params.minPersonS) {
    reasons.push(luma < params.maxDarkLumaFrac ? 'too-dark' : 'no-person');
  } else if (n > 0 && durationS >= params.minDurationS) {
    if (lowerBodyFrames < params.minLowerBodyFrac * tracked.length) {
      reasons.push('lower-body-out-of-view');
    } else if (lowerBodyFrames * dtS < params.minLowerBodyS) reasons.push('subject-too-brief');
  }
  const ok = reasons.length === 0;
  if (maxPeopleInFrame > 1) reasons.push('several-people');
  return {
    ok,
    reasons,
    durationS,
    trackedFrames: tracked.length,
    lowerBodyFrames,
    lowerBodyS: lowerBodyFrames * dtS,
    lostFrames,
    maxPeopleInFrame,
    meanLumaFrac: luma,
  };
}
