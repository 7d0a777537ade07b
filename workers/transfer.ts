/**
 * comlink transfer handlers shared by every worker and its client. The built-in throw handler
 * keeps only name, message and stack; this one also carries the typed `code` (and `path`) of
 * GaitLens errors, so the UI can show the right sentence for an error thrown in a worker.
 */
import * as Comlink from 'comlink';

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  path?: string;
}

/** A worker error rebuilt on the receiving side, with its code. */
export class WorkerError extends Error {
  /**
   * @param data - the serialised error
   */
  constructor(data: SerializedError) {
    super(data.message);
    this.name = data.name;
    if (data.stack) this.stack = data.stack;
    if (data.code !== undefined) (this as { code?: string }).code = data.code;
    if (data.path !== undefined) (this as { path?: string }).path = data.path;
  }
}

let registered = false;

/** Register the error-carrying throw handler (idempotent; call on both sides). */
export function registerTransferHandlers(): void {
  if (registered) return;
  registered = true;
  const builtIn = Comlink.transferHandlers.get('throw')!;
  Comlink.transferHandlers.set('throw', {
    canHandle: (value: unknown): value is { value: unknown } => builtIn.canHandle(value),
    serialize: ({ value }: { value: unknown }) => {
      const e = value instanceof Error ? value : new Error(String(value));
      const extra = e as Error & { code?: unknown; path?: unknown };
      const data: SerializedError = { name: e.name, message: e.message };
      if (e.stack !== undefined) data.stack = e.stack;
      if (typeof extra.code === 'string') data.code = extra.code;
      if (typeof extra.path === 'string') data.path = extra.path;
      return [data, []];
    },
    deserialize: (data: SerializedError) => {
      throw new WorkerError(data);
    },
  } as Comlink.TransferHandler<{ value: unknown }, SerializedError>);
}
