/** Measurement result types shared by params, norms, tokens, report and exports. */
import type { Side } from '../events/types';

/** Quality grade of one number: A good, B usable, C poor (shown with a warning). */
export type QualityGrade = 'A' | 'B' | 'C';

/** Why a parameter is refused or flagged. */
export type ParamReason =
  | 'too-few-cycles'
  | 'few-cycles'
  | 'variability-needs-more-cycles'
  | 'not-walking'
  | 'too-many-missing-frames'
  | 'view-does-not-allow'
  | 'no-scale'
  | 'no-events';

/** Summary of one parameter over cycles (one side, or both sides pooled). */
export interface ParamStat {
  /** Mean value in the parameter's unit; null when refused. */
  mean: number | null;
  /** Standard deviation in the unit; null when refused or fewer than the cycles variability needs. */
  sd: number | null;
  /** Coefficient of variation, % (0–100); null when refused or too few cycles. */
  cvPct: number | null;
  /** Number of cycles/steps used. */
  nUsed: number;
  /** Number dropped, with reasons. */
  nDropped: number;
  grade: QualityGrade | null;
  /** Empty when fine; otherwise why it is refused (mean null) or flagged. */
  reasons: ParamReason[];
}

/** Identifier of a measured quantity (with its unit in the name). */
export type ParamKey =
  | 'cadenceStepsPerMin'
  | 'stepTimeS'
  | 'strideTimeS'
  | 'stancePct'
  | 'swingPct'
  | 'stanceS'
  | 'swingS'
  | 'singleSupportPct'
  | 'doubleSupportPct'
  | 'speedMPerS'
  | 'stepLengthM'
  | 'strideLengthM';

/** One parameter: pooled value plus per-side values where the parameter has a side. */
export interface Parameter {
  key: ParamKey;
  /** Unit string for display and UCUM mapping, e.g. `steps/min`, `s`, `%`, `m/s`, `m`. */
  unit: string;
  all: ParamStat;
  left?: ParamStat;
  right?: ParamStat;
  /** Comparison of the pooled (and per-side) mean with norms, filled by src/core/norms. */
  norm?: { all?: NormComparison; left?: NormComparison; right?: NormComparison };
}
export type { Side };

/** Flag of a value against its normative band. */
export type NormFlag = 'within' | 'above' | 'below' | 'no-norm';

/** Comparison of one value with a published normative reference. */
export interface NormComparison {
  /** Citation key of the reference used, e.g. `Fukuchi2018` or `Bohannon2011`; empty when no norm applies. */
  reference: string;
  /** Population the norm describes, e.g. `adults 50–84 y, female, comfortable speed`. */
  population: string;
  /** Normative mean and SD in the parameter's unit; null when no norm applies. */
  mean: number | null;
  sd: number | null;
  /** z-score (value − mean) / sd; null when no norm applies. */
  z: number | null;
  flag: NormFlag;
  /** Why no norm applies (e.g. `age unknown`), empty otherwise. */
  note: string;
}
