/** Checking every numeric claim of a report text against the biomechanical tokens. */
import type { Token, TokenSet } from '../tokens/types';
import { readNumericClaims } from './readNumericClaims';
import type {
  ClaimProblem,
  ClaimStatus,
  GroundingResult,
  NumericClaim,
  VerifiedClaim,
} from './types';

/** Parameters of {@link computeGrounding}. */
export interface GroundingParams {
  /** Relative tolerance added to the rounding of the printed digits, fraction of the token value (0–1). */
  relTolFrac: number;
  /** Absolute tolerance of z-scores, in SD units, added to the rounding of the printed digits. */
  zTol: number;
}

/** Defaults of {@link computeGrounding}: 1 % relative, 0.05 SD for z. */
export const DEFAULT_GROUNDING_PARAMS: Readonly<GroundingParams> = Object.freeze({
  relTolFrac: 0.01,
  zTol: 0.05,
});

/**
 * Verify every numeric claim of a text against a token set.
 * @param text - report text (template or model output)
 * @param set - the tokens the report was written from; not modified
 * @param params - tolerances
 * @returns each claim with status (`supported`, `contradicted`, `unsupported`, `not-measured`),
 *   problem, the token it was compared with and its character span; ignored numbers with reasons;
 *   counts and scoreFrac = supported / claims (NaN without claims)
 * @remarks A claim matches a token when |claim − token| ≤ half the last printed digit (in the
 * token's unit after conversion, e.g. ms → s) + relTolFrac · |token|. Values are compared with
 * the token value, `norm` claims with the norm mean, SD and band limits, `z` claims with z
 * (tolerance + zTol), `asymmetry` claims with the `<quantity>_asym` token, frames and timestamps
 * with the key frames. A claim with a side is compared with that side's token (falling back to the
 * pooled one when the quantity has no sides); if the other side matches instead it is
 * `contradicted: wrong-side`. A claim without side may match any side. A written unit of another
 * dimension than the token's is `contradicted: wrong-unit`; a missing unit is read in the token's
 * unit. A quantity without tokens, or whose tokens are all NaN, is `not-measured`; a number with a
 * unit but no recognisable quantity is `unsupported: no-quantity`.
 */
export function computeGrounding(
  text: string,
  set: TokenSet,
  params: GroundingParams = DEFAULT_GROUNDING_PARAMS,
): GroundingResult {
  const known = [...new Set(set.tokens.map((t) => t.quantity))];
  const { claims, ignored } = readNumericClaims(text, known);
  const verified = claims.map((c) => verify(c, set, params));
  const count = (s: ClaimStatus): number => verified.filter((c) => c.status === s).length;
  const nSupported = count('supported');
  return {
    claims: verified,
    ignored,
    nClaims: verified.length,
    nSupported,
    nContradicted: count('contradicted'),
    nUnsupported: count('unsupported'),
    nNotMeasured: count('not-measured'),
    scoreFrac: verified.length ? nSupported / verified.length : NaN,
  };
}

// Verdict on one claim.
function verify(c: NumericClaim, set: TokenSet, p: GroundingParams): VerifiedClaim {
  const out = (
    status: ClaimStatus,
    problem: ClaimProblem | null,
    t: Token | null = null,
    expected = NaN,
  ): VerifiedClaim => ({
    ...c,
    status,
    problem,
    tokenId: t?.id ?? null,
    expected,
  });
  if (c.role === 'frame' || c.role === 'timestamp') {
    const cycles = [set.keyFrames?.representative, set.keyFrames?.mostAbnormal].filter((x) => !!x);
    const refs = cycles.flatMap((k) =>
      c.role === 'frame'
        ? [k.heelStrikeFrame, k.toeOffFrame, k.midSwingFrame, k.nextHeelStrikeFrame]
        : [k.heelStrikeTimeS, k.toeOffTimeS, k.midSwingTimeS, k.nextHeelStrikeTimeS],
    );
    const hit = refs.find((r) => Math.abs(r - c.value) <= c.roundingHalfStep + 1e-9);
    return hit !== undefined
      ? out('supported', null, null, hit)
      : out('unsupported', 'not-a-key-frame');
  }
  if (c.quantities.length === 0) return out('unsupported', 'no-quantity');
  const names = c.role === 'asymmetry' ? c.quantities.map((q) => `${q}_asym`) : c.quantities;
  const all = set.tokens.filter((t) => names.includes(t.quantity));
  const measured = all.filter((t) => Number.isFinite(t.value));
  if (measured.length === 0) return out('not-measured', null, all[0] ?? null);
  const unitOk = measured.filter(
    (t) => c.unit === null || c.unit === t.unit || (c.unit === '%' && t.unit === ''),
  );
  if (unitOk.length === 0)
    return out('contradicted', 'wrong-unit', measured[0]!, measured[0]!.value);
  const refsOf = (t: Token): number[] => {
    if (c.role === 'z') return Number.isFinite(t.z) ? [t.z] : [];
    if (c.role === 'norm') return t.norm ? [t.norm.mean, t.norm.sd, t.norm.low, t.norm.high] : [];
    return [t.value];
  };
  const matches = (t: Token): number | undefined =>
    refsOf(t).find((r) => {
      const tol = c.roundingHalfStep + (c.role === 'z' ? p.zTol : p.relTolFrac * Math.abs(r));
      return Math.abs(c.value - r) <= tol + 1e-12;
    });
  const sided = unitOk.filter((t) => t.side === c.side);
  const pool =
    c.side && sided.length ? sided : c.side ? unitOk.filter((t) => t.side === 'both') : unitOk;
  const candidates = pool.length ? pool : unitOk;
  for (const t of candidates) {
    const r = matches(t);
    if (r !== undefined) return out('supported', null, t, r);
  }
  if ((c.role === 'norm' || c.role === 'z') && candidates.every((t) => refsOf(t).length === 0))
    return out('unsupported', 'no-norm', candidates[0]!);
  const otherSide = unitOk.find(
    (t) => t.side !== 'both' && t.side !== c.side && c.side && matches(t) !== undefined,
  );
  if (otherSide)
    return out('contradicted', 'wrong-side', candidates[0]!, refsOf(candidates[0]!)[0] ?? NaN);
  return out('contradicted', 'wrong-value', candidates[0]!, refsOf(candidates[0]!)[0] ?? NaN);
}
