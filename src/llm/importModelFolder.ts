/**
 * Import a WebLLM model folder chosen by the user (`<input type=file webkitdirectory>`) into Cache
 * Storage under the names and URLs WebLLM looks up, so loading makes no network request at all.
 */
import type { LocalLlmModel } from './appConfig';
import { modelBaseUrl, modelLibUrl, USER_MODELS_PATH } from './appConfig';
import { LlmError } from './errors';

/** One picked file: a Blob with the path relative to the picked folder's parent. */
export interface FolderFile extends Blob {
  name: string;
  /** e.g. `Qwen2.5-0.5B-Instruct-q4f16_1-MLC/params_shard_0.bin`. */
  webkitRelativePath: string;
}

/** The part of the Cache API used here (`window.caches`). */
export interface CachesLike {
  open(name: string): Promise<{
    put(request: string, response: Response): Promise<void>;
    keys(): Promise<readonly { url: string }[]>;
  }>;
}

/** Cache Storage names WebLLM 0.2.86 reads with `cacheBackend: 'cache'`. */
export const WEBLLM_CACHES = Object.freeze({
  config: 'webllm/config',
  wasm: 'webllm/wasm',
  model: 'webllm/model',
});

/**
 * Check a picked model folder and copy its files into Cache Storage.
 * @param files - every file of the folder (the top folder's name is the model id)
 * @param caches - `window.caches`
 * @param origin - the app's origin (`location.origin`)
 * @param onFile - called after each stored file with (files done, files total)
 * @returns the imported model (location `user-folder`)
 * @throws LlmError `llm-folder-incomplete` when the folder lacks `mlc-chat-config.json`,
 *   `tensor-cache.json`, `tokenizer.json`, a weight shard named in tensor-cache.json, or has not
 *   exactly one model library (`.wasm`); nothing is stored then
 * @remarks Keys follow WebLLM: `<base>/mlc-chat-config.json` in `webllm/config`, the library's
 *   absolute URL in `webllm/wasm`, everything else at `<base>/<path>` in `webllm/model`, with
 *   base = `<origin>/user-models/<id>/resolve/main/` (a path the server does not have).
 */
export async function importModelFolder(
  files: readonly FolderFile[],
  caches: CachesLike,
  origin: string,
  onFile: (done: number, total: number) => void = () => {},
): Promise<LocalLlmModel> {
  const top = files[0]?.webkitRelativePath.split('/')[0] ?? '';
  const byPath = new Map<string, FolderFile>();
  for (const f of files) {
    const parts = f.webkitRelativePath.split('/');
    if (parts[0] === top && parts.length > 1) byPath.set(parts.slice(1).join('/'), f);
  }
  const missing = ['mlc-chat-config.json', 'tensor-cache.json', 'tokenizer.json'].filter(
    (p) => !byPath.has(p),
  );
  const libs = [...byPath.keys()].filter((p) => p.endsWith('.wasm') && !p.includes('/'));
  if (libs.length !== 1) missing.push(libs.length ? 'exactly one .wasm' : 'model library (.wasm)');
  const manifest = byPath.get('tensor-cache.json');
  if (manifest) {
    const shards = await shardPaths(manifest);
    if (shards === null) missing.push('readable tensor-cache.json');
    else missing.push(...shards.filter((p) => !byPath.has(p)));
  }
  if (!top || missing.length)
    throw new LlmError('llm-folder-incomplete', `Model folder incomplete: ${missing.join(', ')}`);
  const model: LocalLlmModel = { modelId: top, location: 'user-folder', modelLibFile: libs[0]! };
  const base = modelBaseUrl(model, origin);
  const [config, wasm, weights] = await Promise.all([
    caches.open(WEBLLM_CACHES.config),
    caches.open(WEBLLM_CACHES.wasm),
    caches.open(WEBLLM_CACHES.model),
  ]);
  let done = 0;
  for (const [path, file] of byPath) {
    if (path === model.modelLibFile) await wasm.put(modelLibUrl(model, origin), new Response(file));
    else if (path === 'mlc-chat-config.json')
      await config.put(new URL(path, base).href, new Response(file));
    else await weights.put(new URL(path, base).href, new Response(file));
    onFile(++done, byPath.size);
  }
  return model;
}

/**
 * The models imported earlier, found from the Cache Storage keys.
 * @param caches - `window.caches`
 * @param origin - the app's origin
 * @returns one model per imported folder that has both its config and its library cached
 */
export async function listImportedModels(
  caches: CachesLike,
  origin: string,
): Promise<LocalLlmModel[]> {
  const root = new URL(USER_MODELS_PATH, origin).href;
  const configKeys = (await (await caches.open(WEBLLM_CACHES.config)).keys()).map((r) => r.url);
  const wasmKeys = (await (await caches.open(WEBLLM_CACHES.wasm)).keys()).map((r) => r.url);
  const out: LocalLlmModel[] = [];
  for (const url of configKeys) {
    if (!url.startsWith(root) || !url.endsWith('/resolve/main/mlc-chat-config.json')) continue;
    const modelId = decodeURIComponent(url.slice(root.length).split('/')[0]!);
    const base = modelBaseUrl({ modelId, location: 'user-folder' }, origin);
    const lib = wasmKeys.find((k) => k.startsWith(base) && k.endsWith('.wasm'));
    if (lib)
      out.push({
        modelId,
        location: 'user-folder',
        modelLibFile: decodeURIComponent(lib.slice(base.length)),
      });
  }
  return out;
}

// Weight shard paths listed in tensor-cache.json (records[].dataPath); null when unreadable.
async function shardPaths(manifest: Blob): Promise<string[] | null> {
  try {
    const json = JSON.parse(await manifest.text()) as { records?: { dataPath?: unknown }[] };
    if (!Array.isArray(json.records)) return null;
    return json.records.map((r) => r.dataPath).filter((p): p is string => typeof p === 'string');
  } catch {
    return null;
  }
}
