/** Errors of the optional in-browser language-model report (WebLLM), each with a stable code. */

/** What went wrong with the language model, for `src/ui/messages.ts`. */
export type LlmErrorCode =
  | 'llm-no-webgpu'
  | 'llm-no-adapter'
  | 'llm-fallback-adapter'
  | 'llm-gpu-limits'
  | 'llm-gpu-feature'
  | 'llm-folder-incomplete'
  | 'llm-localhost-model-lib'
  | 'llm-load-failed'
  | 'llm-generation-failed';

/** A language-model problem; `detail` keeps the engine's own text for the console only. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  /**
   * @param code - what kind of problem
   * @param message - description for developers (never shown to users)
   * @param detail - the engine's raw error text, if any
   */
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly detail = '',
  ) {
    super(message);
  }
}

/**
 * Turn whatever WebLLM rejected with into an LlmError or an AbortError.
 * @param e - the rejection: WebLLM's worker engine rejects with **strings** (`err.toString()`), the
 *   main-thread engine with Error objects
 * @param during - `load` (model loading) or `generate`
 * @returns an LlmError with a code, or a DOMException named AbortError when the load was cancelled
 *   (`Engine.unload() is called.`)
 */
export function classifyEngineError(e: unknown, during: 'load' | 'generate'): Error {
  if (e instanceof LlmError) return e;
  if (e instanceof Error && e.name === 'AbortError') return e;
  const text =
    typeof e === 'string' ? e : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (/unload\(\) is called/i.test(text))
    return new DOMException('Model load cancelled.', 'AbortError');
  if (/compatible GPU/i.test(text))
    return new LlmError('llm-no-adapter', 'No WebGPU adapter.', text);
  if (/WebGPU is not supported/i.test(text))
    return new LlmError('llm-no-webgpu', 'WebGPU is not supported.', text);
  if (/shader-f16|FeatureSupportError/i.test(text))
    return new LlmError('llm-gpu-feature', 'The model needs a GPU feature that is missing.', text);
  if (/Cannot initialize runtime because of requested/i.test(text))
    return new LlmError('llm-gpu-limits', 'The GPU limits are too low.', text);
  return during === 'load'
    ? new LlmError('llm-load-failed', 'The model could not be loaded.', text)
    : new LlmError('llm-generation-failed', 'The model failed while writing.', text);
}
