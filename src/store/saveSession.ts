/** Save one session with everything derived from it, atomically. */
import type { IDBPTransaction } from 'idb';
import { abortQuietly, allRequests } from './requests';
import type { GaitDb, GaitDbSchema } from './schema';
import { StoreError, toStoreError } from './storeError';
import type { PatientRecord, SessionBundle } from './types';

/**
 * Write a session, its skeleton, events (with edits), measurements and report in ONE transaction.
 * @param db - the open database
 * @param bundle - the session and its data; the session's patient must exist (or be `newPatient`)
 * @param newPatient - a patient to create (or update) in the same transaction, so that a new patient is
 *   never left without its first session; its `id` must be the session's `patientId`
 * @returns resolves when the transaction has committed
 * @throws StoreError `not-found` when the patient does not exist, `duplicate-code` when another patient has
 *   the new patient's code, `quota-exceeded` when storage is full, `transaction-failed` for any other
 *   failure. On any failure nothing of this save is written (the transaction aborts, so an earlier version
 *   of the same session stays as it was).
 */
export async function saveSession(
  db: GaitDb,
  bundle: SessionBundle,
  newPatient?: PatientRecord,
): Promise<void> {
  const { session } = bundle;
  const tx = db.transaction(
    ['patients', 'sessions', 'skeletons', 'measurements', 'events', 'reports'],
    'readwrite',
  );
  const done = tx.done.catch((err: unknown) => err);
  try {
    if (newPatient) await putNewPatient(tx, newPatient, session.patientId);
    else if (!(await tx.objectStore('patients').get(session.patientId))) {
      throw new StoreError('not-found', `Patient ${session.patientId} does not exist`);
    }
    await putSessionRecords(tx, bundle);
  } catch (err) {
    abortQuietly(tx);
    await done;
    throw toStoreError(err, 'saving the session');
  }
  const result = await done;
  if (result !== undefined) throw toStoreError(result, 'saving the session');
}

/** A read-write transaction over the session stores (and possibly more). */
export type SessionWriteTx = IDBPTransaction<
  GaitDbSchema,
  ('sessions' | 'skeletons' | 'measurements' | 'events' | 'reports' | 'patients')[],
  'readwrite'
>;

/**
 * Put a session's five records inside an open transaction (the caller owns commit and abort).
 * @param tx - a read-write transaction that includes the session stores
 * @param bundle - the session and its data
 * @returns resolves when all five requests have succeeded
 */
export async function putSessionRecords(tx: SessionWriteTx, bundle: SessionBundle): Promise<void> {
  const id = bundle.session.id;
  await allRequests([
    () => tx.objectStore('sessions').put(bundle.session),
    () => tx.objectStore('skeletons').put({ sessionId: id, skeleton: bundle.skeleton }),
    () =>
      tx.objectStore('events').put({ sessionId: id, events: bundle.events, edits: bundle.edits }),
    () => tx.objectStore('measurements').put({ sessionId: id, measurements: bundle.measurements }),
    () => tx.objectStore('reports').put({ sessionId: id, report: bundle.report }),
  ]);
}

async function putNewPatient(
  tx: SessionWriteTx,
  patient: PatientRecord,
  sessionPatientId: string,
): Promise<void> {
  if (patient.id !== sessionPatientId)
    throw new StoreError(
      'not-found',
      `The session belongs to ${sessionPatientId}, not ${patient.id}`,
    );
  const other = await tx.objectStore('patients').index('byCode').get(patient.code);
  if (other && other.id !== patient.id)
    throw new StoreError('duplicate-code', `Patient code "${patient.code}" is already used`);
  await tx.objectStore('patients').put(patient);
}
