import * as webllm from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import type { LocalLlmModel } from '../../src/llm/appConfig';
import { buildLlmAppConfig, modelFitsGpu } from '../../src/llm/appConfig';
import { LlmError } from '../../src/llm/errors';

const ORIGIN = 'http://127.0.0.1:4173';
const served: LocalLlmModel = {
  modelId: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
  location: 'origin',
  modelLibFile: 'Qwen2-0.5B-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm',
};
const picked: LocalLlmModel = {
  modelId: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
  location: 'user-folder',
  modelLibFile: 'lib.wasm',
  requiredFeatures: ['shader-f16'],
  contextWindowTokens: 2048,
};
// WebLLM appends "resolve/main/" unless the URL already matches this (cleanModelUrl, 0.2.86).
const HAS_RESOLVE = /.+\/resolve\/.+\//;

describe('buildLlmAppConfig(models, origin)', () => {
  it('buildLlmAppConfig(models, origin) gives absolute model URLs on the origin ending in resolve/main/', () => {
    const config = buildLlmAppConfig([served, picked], ORIGIN);
    expect(config.cacheBackend).toBe('cache');
    const [a, b] = config.model_list;
    expect(a!.model).toBe(`${ORIGIN}/models/llm/${served.modelId}/resolve/main/`);
    expect(b!.model).toBe(`${ORIGIN}/user-models/${picked.modelId}/resolve/main/`);
    for (const r of config.model_list) {
      expect(new URL(r.model).href).toBe(r.model); // absolute
      expect(r.model).toMatch(HAS_RESOLVE);
      expect(r.model_lib.startsWith(r.model)).toBe(true);
      expect(r.model_lib.endsWith('.wasm')).toBe(true);
    }
    expect(b!.required_features).toEqual(['shader-f16']);
    expect(b!.overrides).toEqual({ context_window_size: 2048 });
  });

  it('buildLlmAppConfig(models, origin) has no URL outside the origin (no prebuilt hub records)', () => {
    const text = JSON.stringify(buildLlmAppConfig([served, picked], ORIGIN));
    const urls = text.match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBe(4);
    for (const u of urls) expect(new URL(u).origin).toBe(ORIGIN);
    // The prebuilt config, by contrast, points at hubs: make sure none of its hosts leaks in.
    const hubs = new Set(
      webllm.prebuiltAppConfig.model_list.flatMap((r) => [
        new URL(r.model).host,
        new URL(r.model_lib).host,
      ]),
    );
    expect(hubs.size).toBeGreaterThan(0);
    for (const host of hubs) expect(text).not.toContain(host);
  });

  it('buildLlmAppConfig(models, origin) refuses an imported model on a localhost origin', () => {
    expect(() => buildLlmAppConfig([picked], 'http://localhost:5173')).toThrow(LlmError);
    expect(buildLlmAppConfig([served], 'http://localhost:5173').model_list).toHaveLength(1);
  });

  it('modelFitsGpu(model, shaderF16) hides shader-f16 models from GPUs without it', () => {
    expect(modelFitsGpu(picked, false)).toBe(false);
    expect(modelFitsGpu(picked, true)).toBe(true);
    expect(modelFitsGpu(served, false)).toBe(true);
  });
});
