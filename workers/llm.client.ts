/**
 * Main-thread side of the language-model worker: loads a local model into WebLLM's worker engine
 * with load progress, and cancels a load (`unload()`, then the worker is stopped). WebLLM is
 * imported dynamically, only after the user opts in, so it never enters the first-load bundle.
 */
import type { AppConfig, MLCEngineInterface } from '@mlc-ai/web-llm';
import { classifyEngineError } from '../src/llm/errors';

/** Load progress of a model. */
export interface LlmLoadProgress {
  /** WebLLM's progress text, e.g. `Fetching param cache[1/2]…`. */
  text: string;
  /** 0–1. */
  progressFrac: number;
  /** Time since the load started, s. */
  elapsedS: number;
}

/** A loaded model in its worker. */
export interface LlmSession {
  modelId: string;
  engine: MLCEngineInterface;
  /** Unload the model and stop the worker. */
  close: () => Promise<void>;
}

/**
 * Load a model in a new worker.
 * @param signal - cancels the load (rejects with AbortError, unloads and stops the worker)
 * @param modelId - a model id of `appConfig`
 * @param appConfig - local configuration (src/llm/appConfig.ts), never a hub
 * @param onProgress - load progress
 * @returns the session
 * @throws LlmError with a code (no GPU, missing GPU feature, load failed), or AbortError
 */
export async function loadLlm(
  signal: AbortSignal,
  modelId: string,
  appConfig: AppConfig,
  onProgress: (p: LlmLoadProgress) => void,
): Promise<LlmSession> {
  if (signal.aborted) throw new DOMException('Model load cancelled.', 'AbortError');
  const webllm = await import('@mlc-ai/web-llm');
  const worker = new Worker(new URL('./llm.worker.ts', import.meta.url), {
    type: 'module',
    name: 'llm',
  });
  const engine = new webllm.WebWorkerMLCEngine(worker, {
    appConfig,
    initProgressCallback: (r) =>
      onProgress({ text: r.text, progressFrac: r.progress, elapsedS: r.timeElapsed }),
  });
  const close = async () => {
    await engine.unload().catch(() => {});
    worker.terminate();
  };
  const cancelled = new Promise<never>((_, reject) =>
    signal.addEventListener(
      'abort',
      () => {
        void close();
        reject(new DOMException('Model load cancelled.', 'AbortError'));
      },
      { once: true },
    ),
  );
  try {
    await Promise.race([engine.reload(modelId), cancelled]);
  } catch (e) {
    worker.terminate();
    throw classifyEngineError(e, 'load');
  }
  return { modelId, engine, close };
}
