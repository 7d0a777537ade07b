/** Helpers for groups of IndexedDB requests inside one transaction. */

/**
 * Issue requests one after the other and wait for all of them.
 * @param issue - functions that each issue one request (a put may throw synchronously, e.g. DataCloneError)
 * @returns resolves when every request has succeeded
 * @remarks When one request throws or fails, the transaction will abort and fail the requests already issued;
 *   their rejections are marked handled here so that they do not surface as unhandled rejections.
 */
export async function allRequests(issue: readonly (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const f of issue) pending.push(f());
  } catch (err) {
    for (const p of pending) p.catch(() => undefined);
    throw err;
  }
  for (const p of pending) p.catch(() => undefined);
  await Promise.all(pending);
}

/**
 * Abort a transaction that may already have finished or aborted itself.
 * @param tx - the transaction
 */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted: nothing of this transaction was committed by us either way
  }
}
