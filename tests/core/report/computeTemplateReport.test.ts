import { describe, expect, it } from 'vitest';
import { computeGrounding } from '../../../src/core/grounding/computeGrounding';
import { computeTemplateReport } from '../../../src/core/report/computeTemplateReport';
import { writeReportText } from '../../../src/core/report/writeReportText';
import { computeTed } from '../../../src/core/ted/computeTed';
import { computeTokens } from '../../../src/core/tokens/computeTokens';
import type { TokenInput } from '../../../src/core/tokens/types';
import { frameTimes, interAnkle, pelvis, steadyEvents } from '../ted/synthetic';
import { normOf, pooled, sided, stat } from '../tokens/fixtures';

const OK = { ok: true, reasons: [] };
const timesS = frameTimes(30, 20);
const ted = computeTed({
  timesS,
  interAnkleDistanceM: interAnkle(timesS, 1.8),
  pelvisVerticalFrac: pelvis(timesS, 1.8, 0.004),
  events: steadyEvents(2 / 1.8, 20, 0.5, 0.6, 0),
});

const INPUTS: Record<string, TokenInput> = {
  'within norms': {
    parameters: [
      pooled('cadenceStepsPerMin', 'steps/min', 112.4, [115, 8]),
      pooled('speedMPerS', 'm/s', 1.21, [1.3, 0.15]),
      sided('stepLengthM', 'm', 0.64, 0.63, 0.65, [0.66, 0.06]),
      pooled('doubleSupportPct', '%', 21.5, [22, 4]),
    ],
    quality: OK,
  },
  parkinsonian: {
    parameters: [
      pooled('cadenceStepsPerMin', 'steps/min', 128.3, [115, 8]),
      sided('stepLengthM', 'm', 0.38, 0.37, 0.39, [0.66, 0.06]),
      pooled('doubleSupportPct', '%', 34.2, [22, 4]),
      { key: 'speedMPerS', unit: 'm/s', all: stat(null, 0, null, ['no-scale']) },
    ],
    kinematics: [{ key: 'armSwingRomDeg', side: 'both', value: 12, norm: normOf(12, 35, 8) }],
    ted,
    quality: OK,
  },
  asymmetric: {
    parameters: [
      sided('stepTimeS', 's', 0.655, 0.5, 0.81, [0.55, 0.05]),
      {
        key: 'stancePct',
        unit: '%',
        all: stat(62.04, 2, 'C', ['few-cycles']),
        left: stat(58.1, 1, 'C'),
        right: stat(66.7, 1, 'C'),
      },
    ],
    ted,
    quality: OK,
  },
};

describe('computeTemplateReport', () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    it(`computeTemplateReport(${name}) renders text whose every numeric claim grounds (score 100 %)`, () => {
      const set = computeTokens(input);
      const text = writeReportText(computeTemplateReport(set));
      const g = computeGrounding(text, set);
      const bad = g.claims
        .filter((c) => c.status !== 'supported')
        .map((c) => `${c.text} ${c.status} ${c.problem}`);
      expect(bad).toEqual([]);
      expect(g.nClaims).toBeGreaterThanOrEqual(4);
      expect(g.scoreFrac).toBe(1);
      expect(text).toContain('not a diagnostic device');
    });
  }

  it('computeTemplateReport(parkinsonian tokens) gives the parkinsonian impression with its criteria', () => {
    const r = computeTemplateReport(computeTokens(INPUTS.parkinsonian!));
    expect(r.patternClass).toBe('parkinsons');
    expect(r.impressions[0]!.label).toBe('features seen in parkinsonian gait');
    expect(r.impressions[0]!.criteria.map((c) => c.met)).toEqual([true, true, true, false]);
    expect(r.source).toBe('template');
    expect(r.confidenceFrac).toBeNaN();
  });

  it('computeTemplateReport(within-norm tokens) says no deviation from normative ranges', () => {
    const r = computeTemplateReport(computeTokens(INPUTS['within norms']!));
    expect(r.impressions.map((i) => i.label)).toEqual(['no deviation from normative ranges']);
    expect(r.patternClass).toBe('normal');
  });

  it('computeTemplateReport(asymmetric tokens) says asymmetric gait and prints the L/R comparison', () => {
    const r = computeTemplateReport(computeTokens(INPUTS.asymmetric!));
    expect(r.impressions.map((i) => i.ruleId)).toContain('asymmetric');
    expect(r.lrComparison[0]!.text).toBe('Step time: left 0.50 s, right 0.81 s (asymmetry 47.3%).');
    expect(r.keyFrames.length).toBe(2);
  });

  it('computeTemplateReport(refused quality) declines with the reasons and no numbers', () => {
    const set = computeTokens({
      parameters: [],
      quality: { ok: false, reasons: ['too-few-cycles', 'not-walking'] },
    });
    const r = computeTemplateReport(set);
    expect(r.status).toBe('declined');
    expect(r.declineReasons).toEqual(['too-few-cycles', 'not-walking']);
    const text = writeReportText(r, 'plain');
    expect(text).toContain('The analysis was declined: too-few-cycles, not-walking.');
    expect(computeGrounding(text, set).nClaims).toBe(0);
  });
});
