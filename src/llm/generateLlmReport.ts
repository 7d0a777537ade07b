/**
 * Drive a loaded WebLLM engine to write a report: prompt from the tokens and rhythm evidence,
 * structured JSON output, streaming, cancel, parsing and the grounding check. Takes the engine as
 * an interface, so the same code runs with the worker engine in the page and a fake in tests.
 */
import type { ChatCompletionRequestStreaming, MLCEngineInterface } from '@mlc-ai/web-llm';
import { computeGrounding } from '../core/grounding/computeGrounding';
import type { GroundingResult } from '../core/grounding/types';
import type { ChatMessage } from '../core/report/prompt';
import { buildLlmMessages, LLM_REPORT_JSON_SCHEMA, parseLlmReport } from '../core/report/prompt';
import type { Report } from '../core/report/types';
import { writeReportText } from '../core/report/writeReportText';
import type { TedResult } from '../core/ted/types';
import { writeTedEvidence } from '../core/ted/writeTedEvidence';
import type { TokenSet } from '../core/tokens/types';
import { classifyEngineError } from './errors';

/** The engine members used: chat completions and interrupt. */
export type ReportEngine = Pick<MLCEngineInterface, 'chat' | 'interruptGenerate'>;

/** Outcome of {@link generateLlmReport}; `text` is the raw model output in every case. */
export type LlmReportOutcome =
  | {
      status: 'ok';
      text: string;
      report: Report;
      /** Grounding of the whole report text (template sections plus the model's rationale). */
      grounding: GroundingResult;
      unknownCitedTokens: string[];
      completionTokens: number;
    }
  | { status: 'bad-output'; text: string; reason: string }
  | { status: 'cancelled'; text: string };

/**
 * The chat messages of a language-model report.
 * @param tokens - tokens of one analysis
 * @param ted - rhythm evidence of the same analysis
 * @returns `buildLlmMessages(tokens)` with the rhythm evidence (writeTedEvidence) appended to the user message
 */
export function buildLlmReportMessages(tokens: TokenSet, ted: TedResult): ChatMessage[] {
  const [system, user] = buildLlmMessages(tokens);
  return [
    system!,
    { role: 'user', content: `${user!.content}\n\nRhythm evidence:\n${writeTedEvidence(ted)}` },
  ];
}

/**
 * The streaming request sent to the engine.
 * @param messages - the chat messages
 * @returns a streaming chat request with `response_format: {type: 'json_object', schema}` and temperature 0
 */
export function buildLlmReportRequest(messages: ChatMessage[]): ChatCompletionRequestStreaming {
  return {
    messages,
    stream: true,
    stream_options: { include_usage: true },
    response_format: { type: 'json_object', schema: LLM_REPORT_JSON_SCHEMA },
    temperature: 0,
  };
}

/**
 * Write a report with a loaded model.
 * @param engine - a loaded engine (WebWorkerMLCEngine in the page, a fake in tests)
 * @param input - tokens, rhythm evidence and the model id (stored as the report's source)
 * @param onText - called with the whole text so far after each streamed piece
 * @param signal - cancels: the engine is interrupted and the outcome is `cancelled`
 * @returns `ok` with the parsed report and its grounding, `bad-output` with the parser's reason,
 *   or `cancelled`
 * @throws LlmError `llm-generation-failed` (or a GPU code) when the engine fails
 * @remarks The model's numbers are never trusted: parseLlmReport keeps the template's measured
 * sections and takes only the rationale, class, confidence and cited ids from the model, and the
 * whole text is then checked by computeGrounding, so a contradicted number in the rationale is
 * shown as such.
 */
export async function generateLlmReport(
  engine: ReportEngine,
  input: { tokens: TokenSet; ted: TedResult; modelId: string },
  onText: (text: string) => void = () => {},
  signal?: AbortSignal,
): Promise<LlmReportOutcome> {
  const request = buildLlmReportRequest(buildLlmReportMessages(input.tokens, input.ted));
  const interrupt = () => engine.interruptGenerate();
  signal?.addEventListener('abort', interrupt, { once: true });
  let text = '';
  let finish: string | null = null;
  let completionTokens = 0;
  try {
    if (signal?.aborted) return { status: 'cancelled', text };
    const stream = await engine.chat.completions.create(request);
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      const piece = choice?.delta?.content ?? '';
      if (piece) {
        text += piece;
        onText(text);
      }
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) completionTokens = chunk.usage.completion_tokens;
      if (signal?.aborted) break;
    }
  } catch (e) {
    throw classifyEngineError(e, 'generate');
  } finally {
    signal?.removeEventListener('abort', interrupt);
  }
  if (signal?.aborted || finish === 'abort') return { status: 'cancelled', text };
  const parsed = parseLlmReport(text, input.modelId, input.tokens);
  if (!parsed.ok) return { status: 'bad-output', text, reason: parsed.reason };
  return {
    status: 'ok',
    text,
    report: parsed.report,
    grounding: computeGrounding(writeReportText(parsed.report), input.tokens),
    unknownCitedTokens: parsed.unknownCitedTokens,
    completionTokens,
  };
}
