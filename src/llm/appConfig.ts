/**
 * WebLLM configuration for models that live on this device only: served by the app's own origin
 * or imported by the user from a folder into Cache Storage. Never a hub (no `prebuiltAppConfig`).
 */
import type { AppConfig, ModelRecord } from '@mlc-ai/web-llm';
import { LlmError } from './errors';

/** A language model available without any network beyond the app's origin. */
export interface LocalLlmModel {
  /** WebLLM model id, e.g. `Qwen2.5-0.5B-Instruct-q4f16_1-MLC`; also the folder name. */
  modelId: string;
  /** `origin`: files under `/models/llm/<id>/resolve/main/`; `user-folder`: imported into Cache Storage. */
  location: 'origin' | 'user-folder';
  /** File name of the compiled model library (`.wasm`) in the model folder. */
  modelLibFile: string;
  /** WebGPU features the model needs, e.g. `shader-f16`. */
  requiredFeatures?: string[];
  /** Context window, tokens (the model's own config when absent). */
  contextWindowTokens?: number;
}

/** Path prefix of models served with the app. */
export const ORIGIN_MODELS_PATH = '/models/llm/';
/** Path prefix (never served) under which imported model folders are stored in Cache Storage. */
export const USER_MODELS_PATH = '/user-models/';

/**
 * Absolute URL of a model's folder, ending in `/resolve/main/` so WebLLM appends nothing.
 * @param model - the model
 * @param origin - the app's origin, e.g. `location.origin` (must be http(s))
 * @returns e.g. `http://127.0.0.1:4173/models/llm/<id>/resolve/main/`
 */
export function modelBaseUrl(
  model: Pick<LocalLlmModel, 'modelId' | 'location'>,
  origin: string,
): string {
  const prefix = model.location === 'origin' ? ORIGIN_MODELS_PATH : USER_MODELS_PATH;
  return new URL(`${prefix}${encodeURIComponent(model.modelId)}/resolve/main/`, origin).href;
}

/**
 * Absolute URL of a model's library (`.wasm`), also its key in the `webllm/wasm` cache.
 * @param model - the model
 * @param origin - the app's origin
 * @returns the URL inside the model folder
 */
export function modelLibUrl(model: LocalLlmModel, origin: string): string {
  return new URL(encodeURIComponent(model.modelLibFile), modelBaseUrl(model, origin)).href;
}

/**
 * Build the WebLLM AppConfig for local models.
 * @param models - the models to offer
 * @param origin - the app's origin (`location.origin`)
 * @returns `{model_list, cacheBackend: 'cache'}` with absolute `model` and `model_lib` URLs on the origin
 * @throws LlmError `llm-localhost-model-lib` for an imported model on a `localhost` origin: WebLLM
 *   fetches any model_lib URL containing "localhost" from the network instead of the cache, and
 *   the imported file is not on the server (use 127.0.0.1)
 */
export function buildLlmAppConfig(models: readonly LocalLlmModel[], origin: string): AppConfig {
  const model_list: ModelRecord[] = models.map((m) => {
    const lib = modelLibUrl(m, origin);
    if (m.location === 'user-folder' && lib.includes('localhost'))
      throw new LlmError(
        'llm-localhost-model-lib',
        'Imported model libraries need a non-localhost origin.',
      );
    const record: ModelRecord = {
      model: modelBaseUrl(m, origin),
      model_id: m.modelId,
      model_lib: lib,
    };
    if (m.requiredFeatures?.length) record.required_features = [...m.requiredFeatures];
    if (m.contextWindowTokens) record.overrides = { context_window_size: m.contextWindowTokens };
    return record;
  });
  return { model_list, cacheBackend: 'cache' };
}

/**
 * Whether a model can run on a GPU with the given features.
 * @param model - the model
 * @param shaderF16 - whether the adapter has `shader-f16`
 * @returns false when the model requires shader-f16 and the GPU lacks it
 */
export function modelFitsGpu(model: LocalLlmModel, shaderF16: boolean): boolean {
  return shaderF16 || !(model.requiredFeatures ?? []).includes('shader-f16');
}
