/** Errors of the local database. Each has a stable `name` and `code`; the UI maps codes to sentences. */

/** What went wrong in the store. */
export type StoreErrorCode =
  | 'quota-exceeded'
  | 'not-found'
  | 'duplicate-code'
  | 'transaction-failed'
  | 'version-too-new'
  | 'unavailable';

/** A database operation failed; nothing of the failed operation was written (one transaction per save). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /**
   * @param code - what went wrong
   * @param message - technical detail
   * @param cause - the underlying error (e.g. a DOMException), if any
   */
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/**
 * Turn an IndexedDB failure into a StoreError.
 * @param err - what the transaction or request rejected with
 * @param what - the operation, for the message (e.g. `saving the session`)
 * @returns a StoreError with code `quota-exceeded` for a QuotaExceededError, `version-too-new` for a
 *   VersionError, `transaction-failed` otherwise (a StoreError is returned unchanged)
 */
export function toStoreError(err: unknown, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const detail = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError')
    return new StoreError('quota-exceeded', `Storage is full while ${what}: ${detail}`, err);
  if (name === 'VersionError')
    return new StoreError(
      'version-too-new',
      `The database was made by a newer GaitLens: ${detail}`,
      err,
    );
  return new StoreError(
    'transaction-failed',
    `Failed while ${what}: ${name ? `${name}: ` : ''}${detail}`,
    err,
  );
}
