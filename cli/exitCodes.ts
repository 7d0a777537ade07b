/**
 * Exit codes of every `gaitlens` command (docs/cli.md, "Exit codes"), and the error that means "bad
 * arguments". 64 and 65 are the sysexits.h codes EX_USAGE and EX_DATAERR.
 */
import { InputFormatError } from '../src/core/errors';
import { DecryptError } from '../src/export/crypto/envelope';

/** The exit codes. */
export const EXIT = Object.freeze({
  /** Done. */
  ok: 0,
  /** A file cannot be read or written (missing, no permission, wrong passphrase), or an unexpected error. */
  failed: 1,
  /** The analysis was refused (`analyze`), or the video cannot be analysed (`pose`). */
  refused: 2,
  /** Bad arguments: usage, unknown option, an output path equal to an input. */
  usage: 64,
  /** A malformed or self-contradictory input file (`InputFormatError`). */
  dataError: 65,
});

/** Bad arguments, found after parsing (e.g. the output path is the input): exit 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The exit code for an error a command threw.
 * @param e - the error
 * @returns 64 for bad arguments (UsageError, node:util parseArgs errors, an empty passphrase), 65 for
 *   InputFormatError, 1 otherwise (file system errors, a wrong passphrase, bugs)
 */
export function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError) return EXIT.usage;
  if (e instanceof DecryptError && e.code === 'empty-passphrase') return EXIT.usage;
  if (e instanceof InputFormatError) return EXIT.dataError;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return EXIT.usage;
  return EXIT.failed;
}
