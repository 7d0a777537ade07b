import { useEffect, useRef, useState } from 'preact/hooks';
import type { TedResult } from '../../core/ted/types';
import type { TokenSet } from '../../core/tokens/types';
import type { LocalLlmModel } from '../../llm/appConfig';
import { buildLlmAppConfig, modelFitsGpu } from '../../llm/appConfig';
import type { GpuLike, WebGpuStatus } from '../../llm/detectWebGpu';
import { detectWebGpu } from '../../llm/detectWebGpu';
import type { LlmReportOutcome } from '../../llm/generateLlmReport';
import { generateLlmReport } from '../../llm/generateLlmReport';
import type { FolderFile } from '../../llm/importModelFolder';
import { importModelFolder, listImportedModels } from '../../llm/importModelFolder';
import type { LlmLoadProgress, LlmSession } from '../../../workers/llm.client';
import { loadLlm } from '../../../workers/llm.client';
import { messageFor } from '../messages';

/** Props of the language-model panel. */
export interface LlmPanelProps {
  tokens: TokenSet;
  ted: TedResult;
  /** A model report was written (ok) — the view shows it with its grounding. */
  onReport: (outcome: Extract<LlmReportOutcome, { status: 'ok' }>) => void;
}

type State =
  | { name: 'checking' }
  | { name: 'unavailable'; code: string }
  | { name: 'ready' }
  | { name: 'importing'; done: number; total: number }
  | { name: 'loading'; progress: LlmLoadProgress | null }
  | { name: 'writing'; text: string }
  | { name: 'failed'; code: string }
  | { name: 'bad-output'; reason: string; text: string };

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unexpected';
}

/**
 * Optional language-model report (WebLLM, on this device only). Off by default: nothing of the
 * model runtime loads until the user picks a model and asks. Without WebGPU (the usual case on
 * laptops without graphics acceleration) it explains why and stays disabled.
 * @param props - tokens, rhythm evidence and where to send a finished report
 */
export function LlmPanel(props: LlmPanelProps) {
  const [state, setState] = useState<State>({ name: 'checking' });
  const [gpu, setGpu] = useState<WebGpuStatus | null>(null);
  const [models, setModels] = useState<LocalLlmModel[]>([]);
  const [picked, setPicked] = useState<string>('');
  const session = useRef<LlmSession | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    void detectWebGpu((navigator as { gpu?: GpuLike }).gpu).then(async (s) => {
      setGpu(s);
      if (!s.ok) return setState({ name: 'unavailable', code: s.code });
      const found = 'caches' in window ? await listImportedModels(caches, location.origin) : [];
      setModels(found.filter((m) => modelFitsGpu(m, s.gpu.shaderF16)));
      setPicked(found[0]?.modelId ?? '');
      setState({ name: 'ready' });
    });
    return () => {
      abort.current?.abort();
      void session.current?.close();
    };
  }, []);

  const onFolder = async (files: FileList | null) => {
    if (!files?.length) return;
    try {
      const list = [...files] as unknown as FolderFile[];
      const m = await importModelFolder(list, caches, location.origin, (done, total) =>
        setState({ name: 'importing', done, total }),
      );
      setModels((ms) => [...ms.filter((x) => x.modelId !== m.modelId), m]);
      setPicked(m.modelId);
      setState({ name: 'ready' });
    } catch (e) {
      console.error(e);
      setState({ name: 'failed', code: codeOf(e) });
    }
  };

  const write = async () => {
    const model = models.find((m) => m.modelId === picked);
    if (!model) return;
    const controller = new AbortController();
    abort.current = controller;
    try {
      if (session.current?.modelId !== model.modelId) {
        await session.current?.close();
        session.current = null;
        setState({ name: 'loading', progress: null });
        const config = buildLlmAppConfig([model], location.origin);
        session.current = await loadLlm(controller.signal, model.modelId, config, (p) =>
          setState({ name: 'loading', progress: p }),
        );
      }
      setState({ name: 'writing', text: '' });
      const out = await generateLlmReport(
        session.current.engine,
        { tokens: props.tokens, ted: props.ted, modelId: model.modelId },
        (text) => setState({ name: 'writing', text }),
        controller.signal,
      );
      if (out.status === 'ok') props.onReport(out);
      if (out.status === 'bad-output')
        setState({ name: 'bad-output', reason: out.reason, text: out.text });
      else setState({ name: 'ready' });
    } catch (e) {
      if ((e as Error | null)?.name === 'AbortError') return setState({ name: 'ready' });
      console.error(e);
      setState({ name: 'failed', code: codeOf(e) });
    }
  };

  const busy = state.name === 'loading' || state.name === 'writing' || state.name === 'importing';
  return (
    <section class="llm-panel" data-testid="llm-panel" data-state={state.name}>
      <h3>Language-model report (optional, on this device)</h3>
      <p>
        A language model can write the rationale in prose. It runs only in this browser, from model
        files on this device; its numbers are checked against the measurements like the template.
      </p>
      {state.name === 'checking' && <p>Checking the graphics processor…</p>}
      {state.name === 'unavailable' && <Message code={state.code} testId="llm-unavailable" />}
      {gpu?.ok && (
        <p class="gpu">
          GPU: {gpu.gpu.vendor || 'unknown'} {gpu.gpu.architecture}
          {gpu.gpu.shaderF16 ? ' · 16-bit shaders' : ' · no 16-bit shaders (use q4f32 models)'}
        </p>
      )}
      <div class="actions">
        <label class={`button${gpu?.ok && !busy ? '' : ' disabled'}`}>
          Import model folder…
          <input
            type="file"
            hidden
            disabled={!gpu?.ok || busy}
            data-testid="llm-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => void onFolder((e.currentTarget as HTMLInputElement).files)}
          />
        </label>
        <select
          value={picked}
          disabled={!gpu?.ok || busy || models.length === 0}
          onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
        >
          {models.length === 0 && <option value="">no model imported</option>}
          {models.map((m) => (
            <option key={m.modelId} value={m.modelId}>
              {m.modelId}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="llm-write"
          disabled={!gpu?.ok || busy || !picked}
          onClick={() => void write()}
        >
          Write with the language model
        </button>
        {busy && state.name !== 'importing' && (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </div>
      {state.name === 'importing' && (
        <progress max={state.total} value={state.done} aria-label="Importing model files" />
      )}
      {state.name === 'loading' && (
        <p>
          <progress max={1} value={state.progress?.progressFrac ?? 0} />{' '}
          {state.progress?.text ?? 'Starting the model…'}
        </p>
      )}
      {state.name === 'writing' && <pre class="llm-stream">{state.text || '…'}</pre>}
      {state.name === 'failed' && <Message code={state.code} testId="llm-failed" />}
      {state.name === 'bad-output' && (
        <div class="problem">
          <p>
            The model’s answer did not follow the report format ({state.reason}); it was not used.
          </p>
          <pre class="llm-stream">{state.text}</pre>
        </div>
      )}
    </section>
  );
}

// A user message from the messages table.
function Message(props: { code: string; testId: string }) {
  const m = messageFor(props.code);
  return (
    <div class="problem" data-testid={props.testId} data-code={props.code}>
      <p>
        <strong>{m.title}.</strong> {m.detail}
      </p>
      <p>{m.action}</p>
    </div>
  );
}
