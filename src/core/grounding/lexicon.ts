/** Words the grounding verifier recognises: quantity phrases, units with conversions, count nouns. */

/** A unit as written in text, its canonical token unit and the factor to convert into it. */
export interface UnitWord {
  /** Regular-expression source matching the written unit (case-insensitive). */
  pattern: string;
  /** Canonical unit of tokens, e.g. `s`, `%`, `steps/min`. */
  unit: string;
  /** Multiply the written number by this to get the canonical unit (e.g. ms → s: 0.001). */
  factor: number;
}

/** Units recognised after a number, longest first. */
export const UNIT_WORDS: readonly UnitWord[] = Object.freeze([
  { pattern: 'steps?\\s*(?:/|per)\\s*min(?:ute)?', unit: 'steps/min', factor: 1 },
  { pattern: 'spm', unit: 'steps/min', factor: 1 },
  { pattern: '(?:met(?:er|re)s?|m)\\s*(?:/|per)\\s*s(?:ec(?:ond)?)?', unit: 'm/s', factor: 1 },
  { pattern: 'cm\\s*(?:/|per)\\s*s(?:ec(?:ond)?)?', unit: 'm/s', factor: 0.01 },
  { pattern: 'milliseconds?|msecs?|ms', unit: 's', factor: 0.001 },
  { pattern: 'seconds?|secs?|s', unit: 's', factor: 1 },
  { pattern: 'percent|per\\s*cent|%', unit: '%', factor: 1 },
  { pattern: 'centimet(?:er|re)s?|cm', unit: 'm', factor: 0.01 },
  { pattern: 'millimet(?:er|re)s?|mm', unit: 'm', factor: 0.001 },
  { pattern: 'met(?:er|re)s?|m', unit: 'm', factor: 1 },
  { pattern: 'degrees?|degs?|deg|°', unit: 'deg', factor: 1 },
  { pattern: 'hz|hertz', unit: 'Hz', factor: 1 },
]);

/** A quantity phrase and the token quantities it may denote (chosen by unit). */
export interface QuantityPhrase {
  pattern: string;
  /** Candidate token quantities; the first whose unit matches the claim's unit is chosen. */
  quantities: readonly string[];
}

/** Fixed quantity phrases (case-insensitive, matched longest first at each position). */
export const QUANTITY_PHRASES: readonly QuantityPhrase[] = Object.freeze([
  {
    pattern: 'cadence\\s+change|change\\s+(?:in|of)\\s+cadence|cadence\\s+trend',
    quantities: ['cadence_change'],
  },
  {
    pattern: 'step[- ]length\\s+change|change\\s+(?:in|of)\\s+step\\s+length',
    quantities: ['step_length_change'],
  },
  { pattern: 'cadence|step\\s+rate', quantities: ['cadence'] },
  { pattern: 'step\\s+frequency', quantities: ['step_frequency'] },
  { pattern: 'step\\s+regularity', quantities: ['step_regularity'] },
  { pattern: 'stride\\s+regularity', quantities: ['stride_regularity'] },
  { pattern: 'step\\s+symmetry(?:\\s+ratio)?', quantities: ['step_symmetry_ratio'] },
  { pattern: 'harmonic\\s+ratio|\\bhr\\b', quantities: ['harmonic_ratio'] },
  { pattern: 'phase\\s+coordination(?:\\s+index)?|\\bpci\\b', quantities: ['pci'] },
  { pattern: 'mean\\s+(?:left[- ]right\\s+)?phase', quantities: ['mean_phase'] },
  { pattern: 'step\\s+times?|step\\s+durations?', quantities: ['step_time'] },
  {
    pattern: 'stride\\s+times?|stride\\s+durations?|(?:gait\\s+)?cycle\\s+times?',
    quantities: ['stride_time'],
  },
  { pattern: 'step\\s+lengths?', quantities: ['step_length'] },
  { pattern: 'stride\\s+lengths?', quantities: ['stride_length'] },
  { pattern: 'walking\\s+speed|gait\\s+speed|speed|velocity', quantities: ['speed'] },
  { pattern: 'stance(?:\\s+(?:phase|time|duration))?', quantities: ['stance', 'stance_time'] },
  { pattern: 'swing(?:\\s+(?:phase|time|duration))?', quantities: ['swing', 'swing_time'] },
  {
    pattern: 'double[- ]support(?:\\s+(?:phase|time))?|double[- ]limb\\s+support',
    quantities: ['double_support'],
  },
  {
    pattern: 'single[- ]support(?:\\s+(?:phase|time))?|single[- ]limb\\s+support',
    quantities: ['single_support'],
  },
  {
    pattern: 'arm\\s+swing(?:\\s+(?:rom|range(?:\\s+of\\s+motion)?|amplitude))?',
    quantities: ['arm_swing_rom'],
  },
]);

/** Nouns that make a preceding bare number a count, not a measurement claim. */
export const COUNT_NOUNS =
  'class(?:es)?|categor(?:y|ies)|cycles?|strides?|steps?|frames?|patients?|subjects?|participants?|people|' +
  'persons?|times|trials?|harmonics?|decimals?|points?|years?|months?|weeks?|days?|hours?|minutes?|' +
  'sides?|legs?|feet|videos?|recordings?|tokens?|items?|rules?|criteria|sessions?|bouts?|phases?';

/** Words between a quantity and a number that make the number a normative reference. */
export const NORM_WORDS =
  /\b(?:norm|norms|normative|reference|expected|typical|normal\s+range|healthy\s+mean)\b/i;

/** Words between a quantity and a number that make the number that quantity's asymmetry. */
export const ASYMMETRY_WORDS = /\b(?:asym|asymmetry|asymmetric|symmetry\s+index)\b/i;
