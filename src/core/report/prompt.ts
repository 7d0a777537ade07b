/** Prompt builder and structured-output parser for a language-model report (pure; the worker runs the model). */
import { z } from 'zod';
import type { TokenSet } from '../tokens/types';
import { writeTokensText } from '../tokens/writeTokensText';
import { computeTemplateReport } from './computeTemplateReport';
import type { Report } from './types';
import { PATTERN_CLASSES } from './types';

/** Schema of the model's JSON answer. */
export const LlmReportSchema = z
  .object({
    rationale: z.string().min(1).max(4000),
    pattern_class: z.enum(PATTERN_CLASSES),
    confidence: z.number().min(0).max(1),
    cited_tokens: z.array(z.string()).max(64),
  })
  .strict();

/** The model's JSON answer. */
export type LlmReport = z.infer<typeof LlmReportSchema>;

/** JSON schema of the answer as a string, for WebLLM `response_format: {type: 'json_object', schema}`. */
export const LLM_REPORT_JSON_SCHEMA: string = JSON.stringify(z.toJSONSchema(LlmReportSchema));

/** One chat message. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const SYSTEM = [
  'You write a short gait-analysis rationale for a clinician from biomechanical tokens measured on a video.',
  'Rules: cite numbers only as they appear in the tokens, with the same side and unit; never invent a measurement;',
  'say "not measured" for quantities that are missing; quantities marked [low confidence] must be called uncertain.',
  `Choose pattern_class from: ${PATTERN_CLASSES.join(', ')}. This is a screening impression, never a diagnosis:`,
  'GaitLens is not a diagnostic device. confidence is your probability (0-1) that pattern_class fits.',
  'cited_tokens lists the token ids you used (e.g. cadence, step_time.left, step_time_asym).',
  `Answer with one JSON object that follows this schema: ${LLM_REPORT_JSON_SCHEMA}`,
].join('\n');

/**
 * Build the chat messages for a language-model report.
 * @param set - tokens of one analysis; not modified
 * @returns `[system, user]`: instructions with the class vocabulary and JSON schema, then the
 *   serialised tokens (docs/tokens-format.md), token ids and the key frames
 */
export function buildLlmMessages(set: TokenSet): ChatMessage[] {
  const ids = set.tokens.filter((t) => Number.isFinite(t.value)).map((t) => t.id);
  const kf = computeTemplateReport(set).keyFrames.map((x) => x.text);
  const user = [
    'Tokens:',
    writeTokensText(set),
    '',
    `Token ids: ${ids.join(', ')}`,
    ...(kf.length ? ['', 'Key frames:', ...kf] : []),
  ].join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
}

/** Result of {@link parseLlmReport}. */
export type ParsedLlmReport =
  { ok: true; report: Report; unknownCitedTokens: string[] } | { ok: false; reason: string };

/**
 * Validate a model's answer and turn it into a report.
 * @param text - raw model output (a JSON object, optionally inside a Markdown json code fence)
 * @param modelId - id of the model, stored as the report's `source`
 * @param set - the tokens the prompt was built from; not modified
 * @returns ok with the report (template sections plus the model's rationale, pattern class,
 *   confidence and cited tokens) and any cited ids that are not tokens; or not ok with a reason
 *   (`not-json: …`, `schema: path: message`)
 * @remarks The numbers sections always come from the template, so a model can only add words.
 * Run computeGrounding on the rationale to check its numbers. A declined token set gives the
 * declined template report with the model's source.
 */
export function parseLlmReport(text: string, modelId: string, set: TokenSet): ParsedLlmReport {
  const body = /```(?:json)?\s*([\s\S]*?)```/.exec(text)?.[1] ?? text;
  let json: unknown;
  try {
    json = JSON.parse(body.trim());
  } catch (e) {
    return { ok: false, reason: `not-json: ${(e as Error).message}` };
  }
  const parsed = LlmReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `schema: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const template = computeTemplateReport(set);
  const known = new Set(set.tokens.map((t) => t.id));
  const a = parsed.data;
  if (template.status === 'declined')
    return { ok: true, report: { ...template, source: modelId }, unknownCitedTokens: [] };
  return {
    ok: true,
    report: {
      ...template,
      source: modelId,
      patternClass: a.pattern_class,
      confidenceFrac: a.confidence,
      rationale: a.rationale,
      citedTokens: [...a.cited_tokens],
    },
    unknownCitedTokens: a.cited_tokens.filter((id) => !known.has(id)),
  };
}
