import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import type { Skeleton } from '../../../src/core/skeleton/types';

const demo = JSON.parse(
  readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
) as Skeleton;

describe('analyzeRecording(skeleton, options)', () => {
  it('analyzeRecording(demo) runs every stage and its template report is fully grounded', () => {
    const r = analyzeRecording(demo, { patient: { ageYears: 30, sex: 'f', heightCm: 165 } });
    expect(r.format).toBe('gaitlens.analysis/1');
    expect(r.measurements.events.length).toBeGreaterThan(4);
    expect(r.tokens.tokens.length).toBeGreaterThan(0);
    // every numeric claim of the template report is supported by a token (field: scoreFrac)
    const bad = r.grounding.claims.filter((c) => c.status !== 'supported');
    expect(bad.map((c) => `${c.text}: ${c.status} ${c.problem ?? ''}`)).toEqual([]);
    expect(r.grounding.nClaims).toBeGreaterThan(10);
    expect(r.grounding.scoreFrac).toBe(1);
    expect(r.report.status).toBe('ok');
    expect(() => structuredClone(r)).not.toThrow();
  });
});
