import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import { computeImpressions } from '../../../src/core/report/screeningRules';
import type { Skeleton } from '../../../src/core/skeleton/types';
import type { TokenSet } from '../../../src/core/tokens/types';

const demo = JSON.parse(
  readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
) as Skeleton;

describe('computeImpressions(tokens)', () => {
  const tokens = analyzeRecording(demo).tokens;

  it('computeImpressions(demo tokens) marks an impression resting only on low-confidence values', () => {
    const weak = computeImpressions(tokens).filter((i) => i.lowConfidence);
    expect(weak.length).toBeGreaterThan(0);
    for (const i of weak) {
      const ids = i.criteria.filter((c) => c.met === true).flatMap((c) => c.tokenIds);
      expect(ids.every((id) => tokens.tokens.find((t) => t.id === id)?.quality.lowConfidence)).toBe(
        true,
      );
    }
  });

  it('computeImpressions(same tokens at full confidence) fires the same rules, not marked weak', () => {
    const confident: TokenSet = {
      ...tokens,
      tokens: tokens.tokens.map((t) => ({ ...t, quality: { ...t.quality, lowConfidence: false } })),
    };
    const a = computeImpressions(tokens).map((i) => i.ruleId);
    const b = computeImpressions(confident);
    expect(b.map((i) => i.ruleId)).toEqual(a);
    expect(b.every((i) => !i.lowConfidence)).toBe(true);
  });
});
