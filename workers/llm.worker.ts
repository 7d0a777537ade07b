/// <reference lib="webworker" />
// Language-model worker: WebLLM's own worker handler, loaded on demand. No logic lives here.
import { guardFetch } from './shared/guardFetch';

guardFetch(self.location.origin);

// Imported dynamically so nothing of WebLLM loads before the user opts in; messages wait for it
// in order (promise callbacks run in the order they were attached).
const handler = import('@mlc-ai/web-llm').then((m) => new m.WebWorkerMLCEngineHandler());
self.onmessage = (msg: MessageEvent) => void handler.then((h) => h.onmessage(msg));
