/** Save manual event edits of a session (the review screen), leaving the detected events as they are. */
import type { EventEdit } from '../core/events/types';
import { abortQuietly } from './requests';
import type { GaitDb } from './schema';
import { StoreError, toStoreError } from './storeError';

/**
 * Replace the manual edits of a session's events, in one transaction.
 * @param db - the open database
 * @param sessionId - the session's key
 * @param edits - the complete list of edits (replaces the stored list); not modified
 * @throws StoreError `not-found` when the session has no events record, `quota-exceeded` when storage is full
 */
export async function saveEventEdits(
  db: GaitDb,
  sessionId: string,
  edits: readonly EventEdit[],
): Promise<void> {
  const tx = db.transaction('events', 'readwrite');
  tx.done.catch(() => undefined); // failures are reported through the awaits below
  try {
    const record = await tx.store.get(sessionId);
    if (!record) throw new StoreError('not-found', `Session ${sessionId} has no events`);
    await tx.store.put({ ...record, edits: [...edits] });
    await tx.done;
  } catch (err) {
    abortQuietly(tx);
    throw toStoreError(err, 'saving the event edits');
  }
}
