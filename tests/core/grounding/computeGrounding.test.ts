import { describe, expect, it } from 'vitest';
import { computeGrounding } from '../../../src/core/grounding/computeGrounding';
import { computeTokens } from '../../../src/core/tokens/computeTokens';
import type { TokenSet } from '../../../src/core/tokens/types';
import { pooled, sided, stat } from '../tokens/fixtures';

/** Tokens: cadence 112.4 (norm 115 ± 8), step time L 0.50 / R 0.81 s, double support 31 % (norm 22 ± 4), speed refused. */
function tokens(): TokenSet {
  return computeTokens({
    parameters: [
      pooled('cadenceStepsPerMin', 'steps/min', 112.4, [115, 8]),
      sided('stepTimeS', 's', 0.655, 0.5, 0.81),
      pooled('doubleSupportPct', '%', 31, [22, 4]),
      { key: 'speedMPerS', unit: 'm/s', all: stat(null, 0, null, ['no-scale']) },
    ],
    quality: { ok: true, reasons: [] },
  });
}

/** Statuses (with problem) of the claims of a text, in order. */
function verdicts(text: string): string[] {
  return computeGrounding(text, tokens()).claims.map((c) =>
    c.problem ? `${c.status}:${c.problem}` : c.status,
  );
}

describe('computeGrounding', () => {
  it('computeGrounding(text, tokens) supports the documented phrasings', () => {
    expect(verdicts('The left step time 0.50 s was shorter.')).toEqual(['supported']);
    expect(verdicts('Step time L/R 0.50/0.81 s.')).toEqual(['supported', 'supported']);
    expect(verdicts('A cadence of 112 steps per minute.')).toEqual(['supported']);
    expect(verdicts('Cadence 112 steps per minute and 31 % double support.')).toEqual([
      'supported',
      'supported',
    ]);
    expect(verdicts('Right step time was 810 ms.')).toEqual(['supported']);
    expect(verdicts('Step time asymmetry of 47%.')).toEqual(['supported']);
  });

  it('computeGrounding(swapped sides) flags wrong-side with the span of the number', () => {
    const text = 'Left step time 0.81 s, right 0.50 s.';
    const g = computeGrounding(text, tokens());
    expect(g.claims.map((c) => c.problem)).toEqual(['wrong-side', 'wrong-side']);
    expect(text.slice(g.claims[0]!.start, g.claims[0]!.end)).toBe('0.81 s');
    expect(g.scoreFrac).toBe(0);
  });

  it('computeGrounding(% vs s and s vs ms confusions) flags wrong-unit and wrong-value', () => {
    expect(verdicts('Double support was 31 s.')).toEqual(['contradicted:wrong-unit']);
    expect(verdicts('Right step time was 810 s.')).toEqual(['contradicted:wrong-value']);
    expect(verdicts('Left step time 500 ms.')).toEqual(['supported']);
  });

  it('computeGrounding(rounding) accepts printed rounding plus 1 % and rejects beyond', () => {
    expect(verdicts('Cadence 112.4 steps/min.')).toEqual(['supported']);
    expect(verdicts('Cadence 113 steps/min.')).toEqual(['supported']); // |113 − 112.4| = 0.6 ≤ 0.5 + 1.124
    expect(verdicts('Cadence 114.0 steps/min.')).toEqual(['contradicted:wrong-value']); // 1.6 > 0.05 + 1.124
  });

  it('computeGrounding(unmeasured or unknown quantities) counts them as not-measured or unsupported', () => {
    expect(verdicts('Walking speed was 1.2 m/s.')).toEqual(['not-measured']);
    expect(verdicts('Knee flexion peaked at 60 degrees.')).toEqual(['unsupported:no-quantity']);
    expect(verdicts('Stride length 1.3 m.')).toEqual(['not-measured']);
  });

  it('computeGrounding(norms and z) checks norm means, SDs and z against the tokens', () => {
    expect(verdicts('Cadence 112.4 steps/min (norm 115.0 ± 8.0 steps/min, z=-0.3).')).toEqual([
      'supported',
      'supported',
      'supported',
      'supported',
    ]);
    expect(verdicts('Cadence z=+2.0.')).toEqual(['contradicted:wrong-value']);
  });

  it('computeGrounding(numbers that are not claims) ignores counts, dates, years, DOIs, identifiers and thresholds', () => {
    const text =
      'Of the 8 classes, 12 strides were used on 2024-05-01 (Plotnik 2007, doi:10.1007/s00221-007-0955-7); ' +
      'a rule needs asymmetry ≥ 10 % and gaitlens.tokens/1 at level L5.';
    const g = computeGrounding(text, tokens());
    expect(g.nClaims).toBe(0);
    expect(g.scoreFrac).toBeNaN();
    expect(g.ignored.map((i) => i.reason).sort()).toEqual(
      [
        'count',
        'count',
        'date',
        'year',
        'doi-or-url',
        'threshold',
        'identifier',
        'identifier',
      ].sort(),
    );
  });
});
