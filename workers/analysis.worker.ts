/// <reference lib="webworker" />
// Analysis worker: a thin comlink adapter around src/core's pipeline. No logic lives here.
import * as Comlink from 'comlink';
import { analyzeRecording } from '../src/core/pipeline/analyzeRecording';
import { registerTransferHandlers } from './transfer';

registerTransferHandlers();

const api = { analyzeRecording };

/** The analysis worker's API, as seen through comlink. */
export type AnalysisWorkerApi = typeof api;

Comlink.expose(api);
