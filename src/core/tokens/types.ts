/**
 * Biomechanical tokens, format `gaitlens.tokens/1` (see docs/tokens-format.md): one record per
 * measured quantity and side, with unit, fixed decimals, normative band, z-score, flag and quality.
 */
import type { Quality } from '../errors';
import type { Side } from '../events/types';
import type { NormComparison, Parameter, ParamKey, QualityGrade } from '../params/types';
import type { KeyFrames, TedResult, TrendPattern } from '../ted/types';

/** Format tag of the current token schema. */
export const TOKENS_FORMAT = 'gaitlens.tokens/1' as const;

/** Side of a token: one leg, or both pooled / not sided. */
export type TokenSide = Side | 'both';

/** Flag of a token against its normative band. */
export type TokenFlag = 'within' | 'high' | 'low' | 'no-norm';

/** Group of a token; fixes the order of the serialisation. */
export type TokenGroup = 'spatiotemporal' | 'asymmetry' | 'kinematics' | 'rhythm';

/** Normative reference of a token, in the token's unit. */
export interface NormBand {
  /** Citation key, e.g. `Bohannon2011`. */
  reference: string;
  population: string;
  mean: number;
  sd: number;
  /** mean − bandSd·sd and mean + bandSd·sd (bandSd = 2 by default). */
  low: number;
  high: number;
}

/** Quality of one token. */
export interface TokenQuality {
  grade: QualityGrade | null;
  /** Cycles, steps, strides or samples behind the value. */
  nUsed: number;
  nDropped: number;
  /** Grade C, a low-confidence TED value, or any reason given by the producer. */
  lowConfidence: boolean;
  reasons: string[];
}

/** One biomechanical token. */
export interface Token {
  /** Stable id: `quantity` for side `both`, else `quantity.left` / `quantity.right`. */
  id: string;
  /** snake_case quantity name without unit, e.g. `step_time`. */
  quantity: string;
  group: TokenGroup;
  side: TokenSide;
  /** Value in `unit`; NaN when not measured (refused). */
  value: number;
  /** `steps/min`, `s`, `%`, `m/s`, `m`, `deg`, `Hz`, or `''` (dimensionless). */
  unit: string;
  /** Decimals printed for this unit (fixed per unit). */
  decimals: number;
  norm: NormBand | null;
  /** (value − norm mean) / norm sd; NaN without norm. */
  z: number;
  flag: TokenFlag;
  quality: TokenQuality;
}

/** A whole set of tokens of one analysis. */
export interface TokenSet {
  format: typeof TOKENS_FORMAT;
  /** Tokens in serialisation order. */
  tokens: Token[];
  /** Bout trend pattern from TED (`undetermined` without TED). */
  trendPattern: TrendPattern;
  /** Key frames from TED (null without TED). */
  keyFrames: KeyFrames | null;
  /** Quality of the analysis the tokens come from; when not ok the report declines. */
  quality: Quality<string>;
}

/** One kinematic summary value (produced by src/core/kinematics + norms), e.g. peak knee flexion. */
export interface KinematicsValueLike {
  /** camelCase key ending in its unit, e.g. `kneeFlexionPeakSwingDeg`, `armSwingRomDeg`. */
  key: string;
  side: TokenSide;
  value: number;
  norm?: NormComparison;
  nUsed?: number;
  nDropped?: number;
  reasons?: string[];
}

/** Input of {@link computeTokens}. */
export interface TokenInput {
  parameters: readonly Parameter[];
  /** Symmetry index per parameter, %; when absent it is computed from the left and right means. */
  asymmetryPct?: Partial<Record<ParamKey, number>>;
  kinematics?: readonly KinematicsValueLike[];
  ted?: TedResult;
  /** Overall quality of the analysis (e.g. from params / recording assessment). */
  quality: Quality<string>;
}
