/** Types of the grounding verifier: numeric claims found in report text and their verdicts. */
import type { Side } from '../events/types';

/** What a number in the text says about its quantity. */
export type ClaimRole = 'value' | 'norm' | 'z' | 'asymmetry' | 'frame' | 'timestamp';

/** A numeric claim read from text, before verification. */
export interface NumericClaim {
  /** Character span [start, end) of the number and its unit in the text (for highlighting). */
  start: number;
  end: number;
  text: string;
  /** Number as written, converted to `unit` (e.g. 500 ms → 0.5 s). */
  value: number;
  /** Half of the last printed digit, in `unit` (e.g. `0.50 s` → 0.005 s; `500 ms` → 0.0005 s). */
  roundingHalfStep: number;
  /** Canonical unit of the written unit (`s`, `%`, `steps/min`, `m`, `m/s`, `deg`, `Hz`), or null when none was written. */
  unit: string | null;
  /** Candidate token quantities of the quantity phrase it refers to; empty when none was found. */
  quantities: string[];
  side: Side | null;
  role: ClaimRole;
}

/** Why a number in the text is not treated as a claim. */
export type IgnoreReason =
  | 'identifier'
  | 'date'
  | 'year'
  | 'doi-or-url'
  | 'count'
  | 'threshold'
  | 'list-marker'
  | 'no-unit-no-quantity';

/** A number that is not a claim, with the reason (reported so the choice stays visible). */
export interface IgnoredNumber {
  start: number;
  end: number;
  text: string;
  reason: IgnoreReason;
}

/** Verdict on one claim. */
export type ClaimStatus = 'supported' | 'contradicted' | 'unsupported' | 'not-measured';

/** Why a claim is contradicted or unsupported. */
export type ClaimProblem =
  'wrong-side' | 'wrong-unit' | 'wrong-value' | 'no-quantity' | 'no-norm' | 'not-a-key-frame';

/** A claim with its verdict. */
export interface VerifiedClaim extends NumericClaim {
  status: ClaimStatus;
  /** Set when status is contradicted or unsupported. */
  problem: ClaimProblem | null;
  /** Id of the token that supports it, or that it was compared with (null if none). */
  tokenId: string | null;
  /** Token value (in the token unit) it was compared with; NaN if none. */
  expected: number;
}

/** Result of {@link computeGrounding}. */
export interface GroundingResult {
  claims: VerifiedClaim[];
  ignored: IgnoredNumber[];
  nClaims: number;
  nSupported: number;
  nContradicted: number;
  nUnsupported: number;
  nNotMeasured: number;
  /** nSupported / nClaims, 0–1; NaN when the text makes no numeric claim. */
  scoreFrac: number;
}
