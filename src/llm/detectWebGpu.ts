/** WebGPU feature detection for the optional language model, without downloading anything. */
import type { LlmErrorCode } from './errors';

/** The part of `navigator.gpu` used here (structural, so tests can pass a stand-in). */
export interface GpuLike {
  requestAdapter(options?: {
    powerPreference?: 'high-performance' | 'low-power';
  }): Promise<AdapterLike | null>;
}

/** The part of a `GPUAdapter` used here. */
export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: {
    maxBufferSize: number;
    maxStorageBufferBindingSize: number;
    maxComputeWorkgroupStorageSize: number;
    maxStorageBuffersPerShaderStage: number;
  };
  info?: { vendor?: string; architecture?: string; isFallbackAdapter?: boolean };
  /** Older spelling; Chromium 156 reports it on `info` only. */
  isFallbackAdapter?: boolean;
}

/** WebLLM's own minimum GPU limits (tvmjs `detectGPUDevice`), bytes / counts. */
export const WEBLLM_MIN_LIMITS = Object.freeze({
  maxBufferSize: 256 * 1024 * 1024,
  maxStorageBufferBindingSize: 128 * 1024 * 1024,
  maxComputeWorkgroupStorageSize: 32768,
  maxStorageBuffersPerShaderStage: 10,
});

/** What the GPU offers, when there is a usable one. */
export interface GpuInfo {
  vendor: string;
  architecture: string;
  shaderF16: boolean;
  maxBufferSizeBytes: number;
  maxStorageBufferBindingSizeBytes: number;
}

/** Result of {@link detectWebGpu}. */
export type WebGpuStatus =
  | { ok: true; gpu: GpuInfo }
  | { ok: false; code: LlmErrorCode; gpu: GpuInfo | null; detail: string };

/**
 * Check whether this browser has a WebGPU adapter that can run a language model.
 * @param gpu - `navigator.gpu` (undefined when the browser has no WebGPU, e.g. insecure origins)
 * @returns ok with the adapter's vendor, architecture, shader-f16 support and buffer limits; or a
 *   code: `llm-no-webgpu` (no API), `llm-no-adapter` (requestAdapter gave null or threw: no GPU or
 *   GPU disabled, the normal case on laptops without GPU acceleration), `llm-fallback-adapter` (a
 *   software adapter such as SwiftShader: WebLLM would accept it but it runs on the CPU, far too
 *   slow), `llm-gpu-limits` (below WebLLM's minimum limits)
 * @remarks The same checks WebLLM makes before loading weights, done up front so nothing is
 * downloaded or read from the cache when the model cannot run.
 */
export async function detectWebGpu(gpu: GpuLike | undefined): Promise<WebGpuStatus> {
  if (!gpu) return { ok: false, code: 'llm-no-webgpu', gpu: null, detail: 'navigator.gpu' };
  let adapter: AdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    return { ok: false, code: 'llm-no-adapter', gpu: null, detail: String(e) };
  }
  if (!adapter) return { ok: false, code: 'llm-no-adapter', gpu: null, detail: 'null adapter' };
  const l = adapter.limits;
  const info: GpuInfo = {
    vendor: adapter.info?.vendor ?? '',
    architecture: adapter.info?.architecture ?? '',
    shaderF16: adapter.features.has('shader-f16'),
    maxBufferSizeBytes: l.maxBufferSize,
    maxStorageBufferBindingSizeBytes: l.maxStorageBufferBindingSize,
  };
  if (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter)
    return { ok: false, code: 'llm-fallback-adapter', gpu: info, detail: info.architecture };
  const low = (Object.keys(WEBLLM_MIN_LIMITS) as (keyof typeof WEBLLM_MIN_LIMITS)[]).filter(
    (k) => !(l[k] >= WEBLLM_MIN_LIMITS[k]),
  );
  if (low.length) return { ok: false, code: 'llm-gpu-limits', gpu: info, detail: low.join(', ') };
  return { ok: true, gpu: info };
}
