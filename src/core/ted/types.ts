/**
 * Types of the temporal-evidence (TED) stage, format `gaitlens.ted/1`: interpretable rhythm
 * evidence taken from the skeleton time series and the gait events. Plain, cloneable data.
 */
import type { Quality } from '../errors';
import type { GaitEvent, Side } from '../events/types';

/** Format tag of the current TED result. */
export const TED_FORMAT = 'gaitlens.ted/1' as const;

/** Input of {@link computeTed}: frame times, two series (NaN = missing) and the gait events. */
export interface TedInput {
  /** Time of each frame from the start of the recording, s (increasing). */
  timesS: Float64Array;
  /** Horizontal distance between the ankles per frame, m (world coordinates); NaN where missing. */
  interAnkleDistanceM: Float64Array;
  /** Vertical position of the hip centre per frame, fraction of image height (y down); NaN where missing. */
  pelvisVerticalFrac: Float64Array;
  /** Heel strikes and toe-offs of both sides (any order). */
  events: readonly GaitEvent[];
}

/** How far a TED value can be trusted: `ok`, `low` (shown with a warning) or `none` (value is NaN). */
export type TedConfidence = 'ok' | 'low' | 'none';

/** Why a TED value or the whole result is refused or degraded. */
export type TedReason =
  | 'too-short'
  | 'too-many-missing-frames'
  | 'no-events'
  | 'too-few-steps'
  | 'too-few-strides'
  | 'weak-periodicity'
  | 'no-toe-off'
  | 'irregular-frame-times';

/** One TED number with its unit, sample counts and confidence. NaN when it could not be computed. */
export interface TedValue {
  value: number;
  /** Unit string: `Hz`, `s`, `%`, `deg`, or `''` for a dimensionless value. */
  unit: string;
  /** Samples, steps, strides or phases used (the unit of counting is stated in the field's doc). */
  nUsed: number;
  nDropped: number;
  confidence: TedConfidence;
  reasons: TedReason[];
}

/** Autocorrelation and spectral evidence of one series. */
export interface SignalEvidence {
  /** Dominant frequency of the series in the step band, Hz (counts samples). */
  dominantFrequencyHz: TedValue;
  /** Lag of the first dominant autocorrelation peak (one step), s. */
  stepPeriodS: TedValue;
  /** Lag of the second dominant autocorrelation peak (one stride), s. */
  stridePeriodS: TedValue;
  /** Unbiased autocorrelation at the step lag (Moe-Nilssen Ad1), −1 to 1. */
  stepRegularity: TedValue;
  /** Unbiased autocorrelation at the stride lag (Moe-Nilssen Ad2), −1 to 1. */
  strideRegularity: TedValue;
}

/** Heel strike, toe-off, mid-swing and next heel strike of one gait cycle, as frames and times. */
export interface CycleKeyFrames {
  side: Side;
  heelStrikeFrame: number;
  heelStrikeTimeS: number;
  /** NaN / -1 when the cycle has no toe-off. */
  toeOffFrame: number;
  toeOffTimeS: number;
  /** Midpoint between toe-off and the next heel strike; -1 / NaN without toe-off. */
  midSwingFrame: number;
  midSwingTimeS: number;
  nextHeelStrikeFrame: number;
  nextHeelStrikeTimeS: number;
  strideTimeS: number;
  /** Stance as % of the cycle (0–100); NaN without toe-off. */
  stancePct: number;
  /** Robust distance of this cycle from the median cycle, in MAD-scaled units (0 = typical). */
  deviationZ: number;
}

/** Representative and most abnormal cycle, for the report to point to. */
export interface KeyFrames {
  representative: CycleKeyFrames | null;
  mostAbnormal: CycleKeyFrames | null;
  /** Cycles considered (complete HS→HS cycles of either side). */
  nCycles: number;
}

/** Pattern of the cadence / step-length trend within the bout. */
export type TrendPattern = 'steady' | 'festination' | 'slowing' | 'accelerating' | 'undetermined';

/** Rhythm evidence of a walking bout (format `gaitlens.ted/1`). */
export interface TedResult {
  format: typeof TED_FORMAT;
  /** Step frequency, Hz: from the best series' spectrum. */
  stepFrequencyHz: TedValue;
  /** Step regularity (Ad1), from the best series. */
  stepRegularity: TedValue;
  /** Stride regularity (Ad2), from the best series. */
  strideRegularity: TedValue;
  /** Ad1 / Ad2 (Moe-Nilssen step symmetry), dimensionless; 1 = symmetric. */
  stepSymmetryRatio: TedValue;
  /** Harmonic ratio of vertical pelvis motion (Menz), dimensionless; nUsed counts strides. */
  harmonicRatio: TedValue;
  /** Phase coordination index, % (Plotnik); nUsed counts phases. */
  phaseCoordinationIndexPct: TedValue;
  /** Mean left–right phase, deg (180 = perfect anti-phase). */
  meanPhaseDeg: TedValue;
  /** Change of cadence over the bout, % of the mean (linear fit); nUsed counts steps. */
  cadenceChangePct: TedValue;
  /** Change of step length over the bout, % of the mean (linear fit); nUsed counts steps. */
  stepLengthChangePct: TedValue;
  trendPattern: TrendPattern;
  /** Which series gave the headline frequency and regularity. */
  primarySignal: 'interAnkle' | 'pelvisVertical' | 'none';
  signals: { interAnkle: SignalEvidence; pelvisVertical: SignalEvidence };
  keyFrames: KeyFrames;
  /** Duration analysed, s. */
  durationS: number;
  quality: Quality<TedReason>;
}

/**
 * A TED value that could not be computed.
 * @param unit - unit string of the value
 * @param reasons - why it is missing
 * @param nDropped - items dropped (≥ 0)
 * @returns a TedValue with value NaN and confidence `none`
 */
export function missingTedValue(unit: string, reasons: TedReason[], nDropped = 0): TedValue {
  return { value: NaN, unit, nUsed: 0, nDropped, confidence: 'none', reasons };
}
