/** Biomechanical tokens from measurements, kinematics and rhythm evidence. */
import type { NormComparison, Parameter, ParamKey, ParamStat } from '../params/types';
import type { TedResult, TedValue } from '../ted/types';
import { decimalsOfUnit, quantityOfKey } from './quantities';
import type {
  KinematicsValueLike,
  Token,
  TokenFlag,
  TokenInput,
  TokenSet,
  TokenSide,
} from './types';
import { TOKENS_FORMAT } from './types';

/** Parameters of {@link computeTokens}. */
export interface TokensParams {
  /** Half-width of the normative band in SDs (band = mean ± bandSd · sd), > 0. */
  bandSd: number;
}

/** Defaults of {@link computeTokens}: band of ±2 SD (about 95 % of a normal reference population). */
export const DEFAULT_TOKENS_PARAMS: Readonly<TokensParams> = Object.freeze({ bandSd: 2 });

/** Fixed order of spatiotemporal parameters; unknown keys follow in alphabetical order. */
export const PARAM_ORDER: readonly ParamKey[] = Object.freeze([
  'cadenceStepsPerMin',
  'speedMPerS',
  'stepLengthM',
  'strideLengthM',
  'stepTimeS',
  'strideTimeS',
  'stancePct',
  'swingPct',
  'stanceS',
  'swingS',
  'singleSupportPct',
  'doubleSupportPct',
]);

/** TED fields turned into rhythm tokens, in order, with their quantity names. */
const TED_FIELDS: ReadonlyArray<readonly [keyof TedResult, string]> = [
  ['stepFrequencyHz', 'step_frequency'],
  ['stepRegularity', 'step_regularity'],
  ['strideRegularity', 'stride_regularity'],
  ['stepSymmetryRatio', 'step_symmetry_ratio'],
  ['harmonicRatio', 'harmonic_ratio'],
  ['phaseCoordinationIndexPct', 'pci'],
  ['meanPhaseDeg', 'mean_phase'],
  ['cadenceChangePct', 'cadence_change'],
  ['stepLengthChangePct', 'step_length_change'],
];

/** Reasons that concern only the SD / CV, not the mean, so they do not lower the token's confidence. */
const SD_ONLY_REASONS = new Set(['variability-needs-more-cycles']);

/**
 * Turn measurements, kinematics and TED into versioned tokens (format gaitlens.tokens/1).
 * @param input - parameters (with optional norms), optional asymmetry %, kinematics, TED and the
 *   overall quality; not modified
 * @param params - width of the normative band
 * @returns the token set in serialisation order, the TED trend pattern and key frames, and quality
 * @remarks Order: spatiotemporal parameters in {@link PARAM_ORDER} (per parameter: both sides
 * pooled, left, right, then its asymmetry), kinematics sorted by quantity then side, then rhythm.
 * A refused parameter (mean null) becomes a token with value NaN and its reasons, so the report and
 * the grounding verifier know it was not measured. Asymmetry is the symmetry index
 * 100 · |L − R| / ((L + R) / 2) unless the caller supplies one. z is taken from the norm
 * comparison, or computed from its mean and SD; flags map `above`→`high`, `below`→`low`.
 * @see Robinson RO, Herzog W, Nigg BM. Use of force platform variables to quantify the effects of
 * chiropractic manipulation on gait symmetry. J Manipulative Physiol Ther 1987;10(4):172–176.
 */
export function computeTokens(
  input: TokenInput,
  params: TokensParams = DEFAULT_TOKENS_PARAMS,
): TokenSet {
  const tokens: Token[] = [];
  const rank = (k: string): number =>
    PARAM_ORDER.includes(k as ParamKey) ? PARAM_ORDER.indexOf(k as ParamKey) : 99;
  const sorted = [...input.parameters].sort(
    (a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key),
  );
  for (const p of sorted)
    tokens.push(...parameterTokens(p, input.asymmetryPct?.[p.key], params.bandSd));
  const sideRank: Record<TokenSide, number> = { both: 0, left: 1, right: 2 };
  const kin = (input.kinematics ?? [])
    .map((k) => kinematicToken(k, params.bandSd))
    .sort((a, b) => a.quantity.localeCompare(b.quantity) || sideRank[a.side] - sideRank[b.side]);
  tokens.push(...kin);
  if (input.ted)
    for (const [field, q] of TED_FIELDS) tokens.push(tedToken(q, input.ted[field] as TedValue));
  return {
    format: TOKENS_FORMAT,
    tokens,
    trendPattern: input.ted?.trendPattern ?? 'undetermined',
    keyFrames: input.ted ? structuredClone(input.ted.keyFrames) : null,
    quality: { ok: input.quality.ok, reasons: [...input.quality.reasons] },
  };
}

// Tokens of one parameter: pooled, left, right, asymmetry.
function parameterTokens(p: Parameter, asymPct: number | undefined, bandSd: number): Token[] {
  const { quantity } = quantityOfKey(p.key);
  const out: Token[] = [];
  const sides: Array<[TokenSide, ParamStat | undefined, NormComparison | undefined]> = [
    ['both', p.all, p.norm?.all],
    ['left', p.left, p.norm?.left],
    ['right', p.right, p.norm?.right],
  ];
  for (const [side, stat, norm] of sides) {
    if (!stat) continue;
    const reasons = [...stat.reasons];
    const quality = {
      grade: stat.grade,
      nUsed: stat.nUsed,
      nDropped: stat.nDropped,
      lowConfidence: stat.grade === 'C' || reasons.some((r) => !SD_ONLY_REASONS.has(r)),
      reasons,
    };
    out.push(
      make(quantity, 'spatiotemporal', side, stat.mean ?? NaN, p.unit, norm, bandSd, quality),
    );
  }
  const l = p.left?.mean ?? NaN;
  const r = p.right?.mean ?? NaN;
  const si = asymPct ?? (100 * Math.abs(l - r)) / ((l + r) / 2);
  if (p.left && p.right && Number.isFinite(si)) {
    const lowConfidence = [p.left, p.right].some((s) => s.grade === 'C');
    const quality = {
      grade: null,
      nUsed: Math.min(p.left.nUsed, p.right.nUsed),
      nDropped: p.left.nDropped + p.right.nDropped,
      lowConfidence,
      reasons: lowConfidence ? ['few-cycles'] : [],
    };
    out.push(make(`${quantity}_asym`, 'asymmetry', 'both', si, '%', undefined, bandSd, quality));
  }
  return out;
}

// Token of one kinematic value.
function kinematicToken(k: KinematicsValueLike, bandSd: number): Token {
  const { quantity, unit } = quantityOfKey(k.key);
  const reasons = [...(k.reasons ?? [])];
  const quality = {
    grade: null,
    nUsed: k.nUsed ?? 0,
    nDropped: k.nDropped ?? 0,
    lowConfidence: reasons.length > 0,
    reasons,
  };
  return make(quantity, 'kinematics', k.side, k.value, unit, k.norm, bandSd, quality);
}

// Token of one TED value (never has a norm).
function tedToken(quantity: string, v: TedValue): Token {
  const value = v.confidence === 'none' ? NaN : v.value;
  const quality = {
    grade: null,
    nUsed: v.nUsed,
    nDropped: v.nDropped,
    lowConfidence: v.confidence !== 'ok',
    reasons: [...v.reasons],
  };
  return make(quantity, 'rhythm', 'both', value, v.unit, undefined, 2, quality);
}

// Assemble a token; norm band, z and flag from the comparison.
function make(
  quantity: string,
  group: Token['group'],
  side: TokenSide,
  value: number,
  unit: string,
  cmp: NormComparison | undefined,
  bandSd: number,
  quality: Token['quality'],
): Token {
  const hasNorm = !!cmp && cmp.mean !== null && cmp.sd !== null && cmp.flag !== 'no-norm';
  const norm =
    hasNorm && cmp.mean !== null && cmp.sd !== null
      ? {
          reference: cmp.reference,
          population: cmp.population,
          mean: cmp.mean,
          sd: cmp.sd,
          low: cmp.mean - bandSd * cmp.sd,
          high: cmp.mean + bandSd * cmp.sd,
        }
      : null;
  const z = !norm || !Number.isFinite(value) ? NaN : (cmp?.z ?? (value - norm.mean) / norm.sd);
  const flags: Record<string, TokenFlag> = { above: 'high', below: 'low', within: 'within' };
  const flag: TokenFlag =
    norm && Number.isFinite(value) ? (flags[cmp!.flag] ?? 'no-norm') : 'no-norm';
  const id = side === 'both' ? quantity : `${quantity}.${side}`;
  return {
    id,
    quantity,
    group,
    side,
    value,
    unit,
    decimals: decimalsOfUnit(unit),
    norm,
    z,
    flag,
    quality,
  };
}
