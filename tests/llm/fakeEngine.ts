/** A test double of WebLLM's engine (webllm-offline notes, section E): scripted streamed output. */
import * as webllm from '@mlc-ai/web-llm';
import type {
  ChatCompletionChunk,
  ChatCompletionRequest,
  MLCEngineInterface,
} from '@mlc-ai/web-llm';

const unused = (name: string) => () => {
  throw new Error(`FakeEngine.${name} is not used by GaitLens`);
};

/** Streams `pieces` one chunk at a time; `interruptGenerate` ends the stream with finish_reason `abort`. */
export class FakeEngine implements MLCEngineInterface {
  chat: webllm.Chat = new webllm.Chat(this);
  completions: webllm.Completions = new webllm.Completions(this);
  embeddings: webllm.Embeddings = new webllm.Embeddings(this);
  requests: ChatCompletionRequest[] = [];
  interrupts = 0;
  /** Called before each chunk is yielded (index of the piece). */
  beforePiece: (i: number) => void = () => {};
  private interrupted = false;

  /**
   * @param pieces - text pieces streamed in order
   * @param failWith - when set, chatCompletion rejects with it (WebLLM's worker rejects with strings)
   */
  constructor(
    private readonly pieces: string[],
    private readonly failWith?: unknown,
  ) {}

  async chatCompletion(request: ChatCompletionRequest): Promise<never> {
    this.requests.push(request);
    if (this.failWith !== undefined) throw this.failWith;
    return this.stream() as never;
  }

  private async *stream(): AsyncGenerator<ChatCompletionChunk> {
    for (let i = 0; i < this.pieces.length; i++) {
      this.beforePiece(i);
      if (this.interrupted) break;
      yield chunk(this.pieces[i]!, null);
    }
    yield chunk('', this.interrupted ? 'abort' : 'stop', this.pieces.length);
  }

  interruptGenerate = () => {
    this.interrupts++;
    this.interrupted = true;
  };

  setInitProgressCallback = unused('setInitProgressCallback');
  getInitProgressCallback = () => undefined;
  setAppConfig = unused('setAppConfig');
  reload = async () => {};
  completion = unused('completion') as never;
  embedding = unused('embedding') as never;
  listResumableSessions = unused('listResumableSessions') as never;
  resumeChatCompletion = unused('resumeChatCompletion') as never;
  deleteResumableSession = unused('deleteResumableSession') as never;
  runtimeStatsText = unused('runtimeStatsText') as never;
  unload = async () => {};
  resetChat = async () => {};
  getMessage = unused('getMessage') as never;
  getMaxStorageBufferBindingSize = unused('getMaxStorageBufferBindingSize') as never;
  getGPUVendor = unused('getGPUVendor') as never;
  forwardTokensAndSample = unused('forwardTokensAndSample') as never;
  setLogLevel = unused('setLogLevel');
}

function chunk(
  content: string,
  finish: 'stop' | 'abort' | null,
  completionTokens = 0,
): ChatCompletionChunk {
  return {
    id: 'fake',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'fake-model',
    choices: [{ index: 0, delta: { content, role: 'assistant' }, finish_reason: finish }],
    ...(finish
      ? {
          usage: {
            completion_tokens: completionTokens,
            prompt_tokens: 0,
            total_tokens: completionTokens,
            extra: {},
          },
        }
      : {}),
  } as ChatCompletionChunk;
}
