import { describe, expect, it } from 'vitest';
import {
  buildLlmMessages,
  LLM_REPORT_JSON_SCHEMA,
  parseLlmReport,
} from '../../../src/core/report/prompt';
import { computeTokens } from '../../../src/core/tokens/computeTokens';
import { pooled, sided } from '../tokens/fixtures';

const set = computeTokens({
  parameters: [
    pooled('cadenceStepsPerMin', 'steps/min', 173.7, [115, 28]),
    sided('stepTimeS', 's', 0.66, 0.5, 0.81),
  ],
  quality: { ok: true, reasons: [] },
});
const MODEL = 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC';

describe('buildLlmMessages / parseLlmReport', () => {
  it('buildLlmMessages(set) gives a system message with the 8 classes and schema, and a user message with the tokens', () => {
    const [system, user] = buildLlmMessages(set);
    expect(system!.role).toBe('system');
    expect(system!.content).toContain('parkinsons');
    expect(system!.content).toContain('not a diagnostic device');
    expect(system!.content).toContain(LLM_REPORT_JSON_SCHEMA);
    expect(user!.content).toContain('cadence=173.7 steps/min (z=+2.1, high)');
    expect(user!.content).toContain(
      'Token ids: cadence, step_time, step_time.left, step_time.right, step_time_asym',
    );
  });

  it('LLM_REPORT_JSON_SCHEMA is a JSON schema string with the four required fields', () => {
    const schema = JSON.parse(LLM_REPORT_JSON_SCHEMA) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required.sort()).toEqual([
      'cited_tokens',
      'confidence',
      'pattern_class',
      'rationale',
    ]);
  });

  it('parseLlmReport(valid fenced JSON) returns a report with the model id as source', () => {
    const answer =
      '```json\n{"rationale":"Cadence 173.7 steps/min is high.","pattern_class":"abnormal","confidence":0.6,"cited_tokens":["cadence","knee"]}\n```';
    const r = parseLlmReport(answer, MODEL, set);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.source).toBe(MODEL);
    expect(r.report.patternClass).toBe('abnormal');
    expect(r.report.confidenceFrac).toBe(0.6);
    expect(r.unknownCitedTokens).toEqual(['knee']);
    expect(r.report.findings.length).toBeGreaterThan(0);
  });

  it('parseLlmReport(malformed output) refuses with a reason', () => {
    expect(parseLlmReport('Sure! The gait is normal.', MODEL, set)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not-json/),
    });
    const wrongClass =
      '{"rationale":"x","pattern_class":"stroke","confidence":0.5,"cited_tokens":[]}';
    expect(parseLlmReport(wrongClass, MODEL, set)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^schema: pattern_class/),
    });
    const badConf = '{"rationale":"x","pattern_class":"normal","confidence":1.5,"cited_tokens":[]}';
    expect(parseLlmReport(badConf, MODEL, set)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^schema: confidence/),
    });
  });
});
