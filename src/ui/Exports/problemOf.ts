/** What the UI shows for a failed store, import or decryption step: a message code and, for files, where. */
import { InputFormatError } from '../../core/errors';

/** A failure as the UI shows it. */
export interface Problem {
  /** Code for `messageFor` (src/ui/messages.ts). */
  code: string;
  /** Where in the file the problem is (JSON path or line), for malformed imports; empty otherwise. */
  where: string;
  /** The reader's description of the problem in words (InputFormatError only); empty otherwise. */
  found: string;
}

/**
 * Classify an error for display; never shows raw error text of unknown errors.
 * @param err - what was thrown (StoreError, DecryptError, InputFormatError, anything else)
 * @returns the message code (`quota-exceeded` becomes `storage-full`), and for InputFormatError its path
 *   and description
 */
export function problemOf(err: unknown): Problem {
  if (err instanceof InputFormatError) {
    const found = err.path ? err.message.replace(` (at ${err.path})`, '') : err.message;
    return { code: err.code, where: err.path, found };
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return { code: 'unexpected', where: '', found: '' };
  return { code: code === 'quota-exceeded' ? 'storage-full' : code, where: '', found: '' };
}
