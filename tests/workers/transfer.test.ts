import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { InputFormatError, MediaError } from '../../src/core/errors';
import { registerTransferHandlers, WorkerError } from '../../workers/transfer';

/** Send an error through the registered 'throw' handler, as comlink does across a worker boundary. */
function roundTrip(error: unknown): unknown {
  registerTransferHandlers();
  const handler = Comlink.transferHandlers.get('throw')!;
  const wrapped = { value: error, [Symbol.for('dummy')]: true };
  const [data] = handler.serialize(wrapped);
  try {
    handler.deserialize(structuredClone(data));
  } catch (e) {
    return e;
  }
  throw new Error('deserialize did not throw');
}

describe('registerTransferHandlers()', () => {
  it('registerTransferHandlers() carries name, message and code of a MediaError', () => {
    const e = roundTrip(new MediaError('corrupted-video', 'ends early')) as WorkerError & {
      code: string;
    };
    expect(e).toBeInstanceOf(WorkerError);
    expect(e.name).toBe('MediaError');
    expect(e.message).toBe('ends early');
    expect(e.code).toBe('corrupted-video');
  });

  it('registerTransferHandlers() carries the path of an InputFormatError', () => {
    const e = roundTrip(
      new InputFormatError('schema', 'bad value', 'frames[3].timeS'),
    ) as WorkerError & {
      code: string;
      path: string;
    };
    expect(e.code).toBe('schema');
    expect(e.path).toBe('frames[3].timeS');
  });

  it('registerTransferHandlers() turns a thrown string into an Error', () => {
    const e = roundTrip('Engine.unload() is called.') as Error;
    expect(e.message).toBe('Engine.unload() is called.');
  });
});
