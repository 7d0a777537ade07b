/** Read, list and delete sessions. */
import { SESSION_DATA_STORES } from './schema';
import type { GaitDb, StoreName } from './schema';
import { abortQuietly, allRequests } from './requests';
import { toStoreError } from './storeError';
import type { SessionBundle, SessionRecord } from './types';

/**
 * Load a session with all its data.
 * @param db - the open database
 * @param sessionId - the session's key
 * @returns the session bundle, or null when there is no such session
 */
export async function loadSession(db: GaitDb, sessionId: string): Promise<SessionBundle | null> {
  const tx = db.transaction(['sessions', ...SESSION_DATA_STORES], 'readonly');
  const [session, skeleton, events, measurements, report] = await Promise.all([
    tx.objectStore('sessions').get(sessionId),
    tx.objectStore('skeletons').get(sessionId),
    tx.objectStore('events').get(sessionId),
    tx.objectStore('measurements').get(sessionId),
    tx.objectStore('reports').get(sessionId),
  ]);
  await tx.done;
  if (!session || !skeleton) return null;
  return {
    session,
    skeleton: skeleton.skeleton,
    events: events?.events ?? [],
    edits: events?.edits ?? [],
    measurements: measurements?.measurements ?? null,
    report: report?.report ?? null,
  };
}

/**
 * List a patient's sessions, oldest first.
 * @param db - the open database
 * @param patientId - the patient's key
 * @returns session records sorted by date (via the `byPatientDate` index)
 */
export async function listSessions(db: GaitDb, patientId: string): Promise<SessionRecord[]> {
  const range = IDBKeyRange.bound([patientId, ''], [patientId, '\uffff']);
  return db.getAllFromIndex('sessions', 'byPatientDate', range);
}

/**
 * Delete a session with all its data and ratings, in one transaction.
 * @param db - the open database
 * @param sessionId - the session's key
 * @throws StoreError when the transaction fails (then nothing is deleted)
 */
export async function deleteSession(db: GaitDb, sessionId: string): Promise<void> {
  const tx = db.transaction(
    ['sessions', ...SESSION_DATA_STORES, 'ratings'] as StoreName[],
    'readwrite',
  );
  tx.done.catch(() => undefined); // failures are reported through the awaits below
  try {
    const ratingKeys = await tx.objectStore('ratings').index('bySession').getAllKeys(sessionId);
    await allRequests([
      () => tx.objectStore('sessions').delete(sessionId),
      ...SESSION_DATA_STORES.map((s) => () => tx.objectStore(s).delete(sessionId)),
      ...ratingKeys.map((k) => () => tx.objectStore('ratings').delete(k)),
    ]);
    await tx.done;
  } catch (err) {
    abortQuietly(tx);
    throw toStoreError(err, 'deleting the session');
  }
}
