import { describe, expect, it } from 'vitest';
import { classifyEngineError, LlmError } from '../../src/llm/errors';

// Error shapes observed with WebLLM 0.2.86 (webllm-offline notes, facts 11–15 and 22).
describe('classifyEngineError(e, during)', () => {
  it('classifyEngineError(string, load) maps the worker engine string rejections to codes', () => {
    const code = (e: unknown) => (classifyEngineError(e, 'load') as LlmError).code;
    expect(code('Error: Unable to find a compatible GPU. This issue might be because…')).toBe(
      'llm-no-adapter',
    );
    expect(
      code('WebGPUNotAvailableError: WebGPU is not supported in your current environment'),
    ).toBe('llm-no-webgpu');
    expect(
      code(
        'ShaderF16SupportError: This model requires feature This model requires WebGPU extension shader-f16',
      ),
    ).toBe('llm-gpu-feature');
    expect(code('Error: Cannot initialize runtime because of requested maxBufferSize')).toBe(
      'llm-gpu-limits',
    );
    expect(code(new TypeError("Failed to execute 'add' on 'Cache': Request failed"))).toBe(
      'llm-load-failed',
    );
  });

  it('classifyEngineError("Engine.unload() is called.", load) is an AbortError, not a failure', () => {
    const e = classifyEngineError('Engine.unload() is called.', 'load');
    expect(e.name).toBe('AbortError');
    expect(e).not.toBeInstanceOf(LlmError);
  });

  it('classifyEngineError(e, generate) keeps the raw text only in detail', () => {
    const e = classifyEngineError('Error: boom', 'generate') as LlmError;
    expect(e.code).toBe('llm-generation-failed');
    expect(e.detail).toBe('Error: boom');
    expect(e.message).not.toContain('boom');
  });
});
