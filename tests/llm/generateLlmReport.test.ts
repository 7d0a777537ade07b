import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { LLM_REPORT_JSON_SCHEMA } from '../../src/core/report/prompt';
import { synthesizeSkeleton } from '../../src/core/synthetic/synthesizeSkeleton';
import { writeTedEvidence } from '../../src/core/ted/writeTedEvidence';
import { writeTokensText } from '../../src/core/tokens/writeTokensText';
import { LlmError } from '../../src/llm/errors';
import { buildLlmReportMessages, generateLlmReport } from '../../src/llm/generateLlmReport';
import { FakeEngine } from './fakeEngine';

// A clean synthetic walk (110 steps/min, 10 s): the template report is not declined.
const analysis = analyzeRecording(synthesizeSkeleton({ cadenceStepsPerMin: 110 }).skeleton, {
  patient: { ageYears: 40, sex: 'f', heightCm: 170 },
});
const { tokens, ted } = analysis;
const cadence = tokens.tokens.find((t) => t.id === 'cadence')!;
const input = { tokens, ted, modelId: 'Fake-0.1B-q4f32_1-MLC' };

/** A model answer with the given rationale, split into n streamed pieces. */
function answer(rationale: string, n = 5): string[] {
  const json = JSON.stringify({
    rationale,
    pattern_class: 'normal',
    confidence: 0.6,
    cited_tokens: ['cadence', 'no_such_token'],
  });
  const size = Math.ceil(json.length / n);
  return Array.from({ length: n }, (_, i) => json.slice(i * size, (i + 1) * size));
}

describe('generateLlmReport(engine, input, onText, signal)', () => {
  it('buildLlmReportMessages(tokens, ted) sends the token text, token ids and the TED evidence', () => {
    const [system, user] = buildLlmReportMessages(tokens, ted);
    expect(system!.role).toBe('system');
    expect(system!.content).toContain('not a diagnostic device');
    expect(user!.content).toContain(writeTokensText(tokens));
    expect(user!.content).toContain(writeTedEvidence(ted));
    expect(user!.content).toContain('Token ids: cadence');
  });

  it('generateLlmReport(engine, …) requests a stream with the JSON schema as json_object', async () => {
    const engine = new FakeEngine(answer('Steady gait.'));
    await generateLlmReport(engine, input);
    expect(engine.requests).toHaveLength(1);
    const req = engine.requests[0]!;
    expect(req.stream).toBe(true);
    expect(req.response_format).toEqual({ type: 'json_object', schema: LLM_REPORT_JSON_SCHEMA });
    expect(req.messages).toEqual(buildLlmReportMessages(tokens, ted));
  });

  it('generateLlmReport(engine, …) accumulates the streamed pieces and reports each partial text', async () => {
    const pieces = answer('Steady gait.', 7);
    const seen: string[] = [];
    const out = await generateLlmReport(new FakeEngine(pieces), input, (t) => seen.push(t));
    expect(seen).toHaveLength(7);
    seen.forEach((t, i) => expect(t).toBe(pieces.slice(0, i + 1).join('')));
    expect(out.text).toBe(pieces.join(''));
    expect(out.status).toBe('ok');
  });

  it('generateLlmReport(engine, …) parses a good answer, keeps measured sections and grounds the text', async () => {
    const v = cadence.value.toFixed(1);
    const out = await generateLlmReport(
      new FakeEngine(answer(`Cadence is ${v} steps/min.`)),
      input,
    );
    if (out.status !== 'ok') throw new Error(out.status);
    expect(out.report.source).toBe(input.modelId);
    expect(out.report.patternClass).toBe('normal');
    expect(out.report.confidenceFrac).toBeCloseTo(0.6, 10);
    expect(out.report.findings).toEqual(analysis.report.findings);
    expect(out.unknownCitedTokens).toEqual(['no_such_token']);
    // Template sections plus one supported rationale claim: every claim supported.
    expect(out.grounding.nClaims).toBe(analysis.grounding.nClaims + 1);
    expect(out.grounding.nSupported).toBe(out.grounding.nClaims);
    expect(out.grounding.scoreFrac).toBe(1);
  });

  it('generateLlmReport(engine, …) flags an invented number in the rationale as contradicted', async () => {
    const wrong = (cadence.value + 30).toFixed(1);
    const out = await generateLlmReport(
      new FakeEngine(answer(`Cadence is ${wrong} steps/min.`)),
      input,
    );
    if (out.status !== 'ok') throw new Error(out.status);
    const bad = out.grounding.claims.filter((c) => c.status === 'contradicted');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.text).toContain(wrong);
    expect(bad[0]!.tokenId).toBe('cadence');
    expect(bad[0]!.expected).toBeCloseTo(cadence.value, 6);
    expect(out.grounding.scoreFrac).toBeLessThan(1);
  });

  it('generateLlmReport(engine, …) returns bad-output for text that is not JSON or breaks the schema', async () => {
    const notJson = await generateLlmReport(new FakeEngine(['The gait ', 'looks fine.']), input);
    expect(notJson).toMatchObject({ status: 'bad-output', text: 'The gait looks fine.' });
    expect(notJson.status === 'bad-output' && notJson.reason).toMatch(/^not-json/);
    const wrongClass = JSON.stringify({
      rationale: 'x',
      pattern_class: 'gout',
      confidence: 2,
      cited_tokens: [],
    });
    const schema = await generateLlmReport(new FakeEngine([wrongClass]), input);
    expect(schema.status === 'bad-output' && schema.reason).toMatch(/^schema: pattern_class/);
  });

  it('generateLlmReport(engine, …, signal) interrupts the engine on cancel and returns cancelled', async () => {
    const engine = new FakeEngine(answer('Steady gait.', 10));
    const controller = new AbortController();
    engine.beforePiece = (i) => i === 3 && controller.abort();
    const seen: string[] = [];
    const out = await generateLlmReport(engine, input, (t) => seen.push(t), controller.signal);
    expect(engine.interrupts).toBe(1);
    expect(out.status).toBe('cancelled');
    expect(seen).toHaveLength(3);
    const early = await generateLlmReport(
      new FakeEngine(['{}']),
      input,
      () => {},
      AbortSignal.abort(),
    );
    expect(early).toEqual({ status: 'cancelled', text: '' });
  });

  it('generateLlmReport(engine, …) turns a string rejection from the worker engine into an LlmError', async () => {
    const engine = new FakeEngine(
      [],
      'Error: Unable to find a compatible GPU. This issue might be…',
    );
    const err = await generateLlmReport(engine, input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect((err as LlmError).code).toBe('llm-no-adapter');
    const other = await generateLlmReport(new FakeEngine([], 'Error: boom'), input).catch(
      (e: unknown) => e,
    );
    expect((other as LlmError).code).toBe('llm-generation-failed');
  });
});
