import { describe, expect, it } from 'vitest';
import type { AdapterLike, GpuLike } from '../../src/llm/detectWebGpu';
import { detectWebGpu } from '../../src/llm/detectWebGpu';

const GiB = 1024 ** 3;
/** SwiftShader as seen in Chromium 156 with --enable-unsafe-webgpu (webllm-offline notes, fact 14). */
const swiftShader: AdapterLike = {
  features: new Set(['subgroups']),
  limits: {
    maxBufferSize: GiB,
    maxStorageBufferBindingSize: GiB,
    maxComputeWorkgroupStorageSize: 32768,
    maxStorageBuffersPerShaderStage: 10,
  },
  info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true },
};
const gpuWith = (adapter: AdapterLike | null): GpuLike => ({ requestAdapter: async () => adapter });

describe('detectWebGpu(gpu)', () => {
  it('detectWebGpu(undefined) says the browser has no WebGPU', async () => {
    expect(await detectWebGpu(undefined)).toMatchObject({ ok: false, code: 'llm-no-webgpu' });
  });

  it('detectWebGpu(gpu) with a null adapter (headless Chromium, no GPU) says no adapter', async () => {
    expect(await detectWebGpu(gpuWith(null))).toMatchObject({ ok: false, code: 'llm-no-adapter' });
    const throwing: GpuLike = {
      requestAdapter: () => Promise.reject(new Error('gpu process crashed')),
    };
    expect(await detectWebGpu(throwing)).toMatchObject({ ok: false, code: 'llm-no-adapter' });
  });

  it('detectWebGpu(gpu) refuses a software fallback adapter even though its limits pass', async () => {
    const s = await detectWebGpu(gpuWith(swiftShader));
    expect(s).toMatchObject({ ok: false, code: 'llm-fallback-adapter' });
    expect(!s.ok && s.gpu).toMatchObject({ vendor: 'google', shaderF16: false });
  });

  it('detectWebGpu(gpu) refuses limits below WebLLM minimum and names them', async () => {
    const small = {
      ...swiftShader,
      info: { vendor: 'x' },
      limits: { ...swiftShader.limits, maxBufferSize: 128 * 1024 ** 2 },
    };
    const s = await detectWebGpu(gpuWith(small));
    expect(s).toMatchObject({ ok: false, code: 'llm-gpu-limits', detail: 'maxBufferSize' });
  });

  it('detectWebGpu(gpu) accepts a hardware adapter and reports shader-f16', async () => {
    const hw = {
      ...swiftShader,
      features: new Set(['shader-f16']),
      info: { vendor: 'nvidia', architecture: 'hopper' },
    };
    const s = await detectWebGpu(gpuWith(hw));
    expect(s).toEqual({
      ok: true,
      gpu: {
        vendor: 'nvidia',
        architecture: 'hopper',
        shaderF16: true,
        maxBufferSizeBytes: GiB,
        maxStorageBufferBindingSizeBytes: GiB,
      },
    });
  });
});
