import { describe, expect, it } from 'vitest';
import { buildLlmAppConfig } from '../../src/llm/appConfig';
import { LlmError } from '../../src/llm/errors';
import type { CachesLike, FolderFile } from '../../src/llm/importModelFolder';
import { importModelFolder, listImportedModels } from '../../src/llm/importModelFolder';

const ORIGIN = 'http://127.0.0.1:4173';
const ID = 'Tiny-q4f32_1-MLC';

/** An in-memory Cache Storage: cache name → URL → stored body text. */
function memoryCaches(): CachesLike & { store: Map<string, Map<string, string>> } {
  const store = new Map<string, Map<string, string>>();
  return {
    store,
    open: async (name) => {
      const m = store.get(name) ?? new Map<string, string>();
      store.set(name, m);
      return {
        put: async (url, res) => void m.set(url, await res.text()),
        keys: async () => [...m.keys()].map((url) => ({ url })),
      };
    },
  };
}

function file(path: string, body: string): FolderFile {
  return Object.assign(new Blob([body]), {
    name: path.split('/').at(-1)!,
    webkitRelativePath: path,
  });
}

const manifest = JSON.stringify({
  records: [{ dataPath: 'params_shard_0.bin' }, { dataPath: 'params_shard_1.bin' }],
});
const folder = [
  file(`${ID}/mlc-chat-config.json`, '{"model_type":"qwen2"}'),
  file(`${ID}/tokenizer.json`, '{}'),
  file(`${ID}/tensor-cache.json`, manifest),
  file(`${ID}/params_shard_0.bin`, 'AAAA'),
  file(`${ID}/params_shard_1.bin`, 'BBBB'),
  file(`${ID}/model-webgpu.wasm`, 'WASM'),
];

describe('importModelFolder(files, caches, origin)', () => {
  it('importModelFolder(files, caches, origin) stores each file under the URL WebLLM will ask the cache for', async () => {
    const caches = memoryCaches();
    const progress: number[] = [];
    const model = await importModelFolder(folder, caches, ORIGIN, (d) => progress.push(d));
    expect(model).toEqual({
      modelId: ID,
      location: 'user-folder',
      modelLibFile: 'model-webgpu.wasm',
    });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    const record = buildLlmAppConfig([model], ORIGIN).model_list[0]!;
    expect([...caches.store.get('webllm/config')!.keys()]).toEqual([
      `${record.model}mlc-chat-config.json`,
    ]);
    expect([...caches.store.get('webllm/wasm')!.entries()]).toEqual([[record.model_lib, 'WASM']]);
    expect([...caches.store.get('webllm/model')!.keys()].sort()).toEqual(
      ['params_shard_0.bin', 'params_shard_1.bin', 'tensor-cache.json', 'tokenizer.json'].map(
        (f) => `${record.model}${f}`,
      ),
    );
    expect(caches.store.get('webllm/model')!.get(`${record.model}params_shard_1.bin`)).toBe('BBBB');
  });

  it('listImportedModels(caches, origin) finds the imported model again', async () => {
    const caches = memoryCaches();
    const model = await importModelFolder(folder, caches, ORIGIN);
    expect(await listImportedModels(caches, ORIGIN)).toEqual([model]);
    expect(await listImportedModels(memoryCaches(), ORIGIN)).toEqual([]);
  });

  it('importModelFolder(files, …) refuses a folder without a shard or library and stores nothing', async () => {
    const caches = memoryCaches();
    const incomplete = folder.filter((f) => !/shard_1|\.wasm/.test(f.webkitRelativePath));
    const err = await importModelFolder(incomplete, caches, ORIGIN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect((err as LlmError).code).toBe('llm-folder-incomplete');
    expect((err as LlmError).message).toContain('params_shard_1.bin');
    expect((err as LlmError).message).toContain('model library (.wasm)');
    expect(caches.store.size).toBe(0);
  });
});
