/** Report structure, format `gaitlens.report/1`, and the 8-class pattern vocabulary. */

/** Format tag of the current report schema. */
export const REPORT_FORMAT = 'gaitlens.report/1' as const;

/** The 8 pattern classes (GAVD + DCM vocabulary of BioGait-VLM); a vocabulary, never a diagnosis. */
export const PATTERN_CLASSES = Object.freeze([
  'normal',
  'abnormal',
  'myopathic',
  'exercise',
  'style',
  'cerebral-palsy',
  'parkinsons',
  'dcm',
] as const);

/** One of the 8 pattern classes. */
export type PatternClass = (typeof PATTERN_CLASSES)[number];

/** Disclaimer printed on every report. */
export const DISCLAIMER =
  'GaitLens is not a diagnostic device. Patterns are screening impressions from transparent rules or a language model, for a clinician to judge.';

/** One sentence of a report with the tokens its numbers come from. */
export interface Finding {
  text: string;
  tokenIds: string[];
}

/** One criterion of a screening rule: met, not met, or not measured (null). */
export interface Criterion {
  text: string;
  met: boolean | null;
  /** Whether the rule needs this criterion (false = supporting only). */
  required: boolean;
  tokenIds: string[];
}

/** A pattern impression with the criteria that produced it. */
export interface Impression {
  ruleId: string;
  patternClass: PatternClass;
  /** Wording, e.g. `features seen in parkinsonian gait`. */
  label: string;
  criteria: Criterion[];
  /** Every token behind the met criteria is low-confidence (e.g. too few cycles): a weak impression. */
  lowConfidence: boolean;
}

/** A gait report (template or language model). */
export interface Report {
  format: typeof REPORT_FORMAT;
  /** `template`, or the id of the model that wrote the rationale. */
  source: string;
  status: 'ok' | 'declined';
  /** Why the report declined (empty when ok). */
  declineReasons: string[];
  findings: Finding[];
  lrComparison: Finding[];
  deviations: Finding[];
  rhythm: Finding[];
  keyFrames: Finding[];
  dataQuality: Finding[];
  impressions: Impression[];
  /** Headline pattern class: top rule (template) or the model's answer; null when none/declined. */
  patternClass: PatternClass | null;
  /** Model confidence 0–1; NaN for template reports. */
  confidenceFrac: number;
  /** Model rationale text; empty for template reports. */
  rationale: string;
  /** Token ids the model cited; for template reports, all token ids used. */
  citedTokens: string[];
  disclaimer: string;
}
