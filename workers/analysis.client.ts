/**
 * Main-thread side of the analysis worker: runs src/core's pipeline off the main thread, rejects
 * at once on abort (terminating the worker), stops the worker when idle, and falls back to the
 * main thread (logged once) when a worker cannot start.
 */
import * as Comlink from 'comlink';
import type { AnalysisResult, AnalyzeRecordingOptions } from '../src/core/pipeline/types';
import type { Skeleton } from '../src/core/skeleton/types';
import type { AnalysisWorkerApi } from './analysis.worker';
import { registerTransferHandlers } from './transfer';

const IDLE_MS = 10_000;
let worker: Worker | null = null;
let api: Comlink.Remote<AnalysisWorkerApi> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let fallback = false;

function stop(): void {
  worker?.terminate();
  worker = null;
  api = null;
}

function remote(): Comlink.Remote<AnalysisWorkerApi> | null {
  if (fallback) return null;
  if (!api) {
    try {
      registerTransferHandlers();
      worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'analysis',
      });
      api = Comlink.wrap<AnalysisWorkerApi>(worker);
    } catch (e) {
      fallback = true;
      console.warn('GaitLens: analysis worker unavailable, analysing on the main thread.', e);
      return null;
    }
  }
  return api;
}

/**
 * Analyse a recording in the worker.
 * @param signal - aborts the analysis (rejects with AbortError and stops the worker)
 * @param skeleton - the subject's skeleton
 * @param options - patient, edits, walked distance
 * @returns the analysis (gaitlens.analysis/1)
 */
export async function analyzeInWorker(
  signal: AbortSignal,
  skeleton: Skeleton,
  options: AnalyzeRecordingOptions,
): Promise<AnalysisResult> {
  if (signal.aborted) throw new DOMException('Analysis cancelled.', 'AbortError');
  if (idleTimer) clearTimeout(idleTimer);
  const r = remote();
  if (!r) {
    const { analyzeRecording } = await import('../src/core/pipeline/analyzeRecording');
    return analyzeRecording(skeleton, options);
  }
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => {
      stop();
      reject(new DOMException('Analysis cancelled.', 'AbortError'));
    }),
  );
  try {
    return await Promise.race([r.analyzeRecording(skeleton, options), aborted]);
  } finally {
    idleTimer = setTimeout(stop, IDLE_MS);
  }
}
