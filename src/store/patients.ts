/** Create, read, list and delete pseudonymous patients. */
import { deleteSession, listSessions } from './sessions';
import type { GaitDb } from './schema';
import { abortQuietly } from './requests';
import { StoreError, toStoreError } from './storeError';
import type { PatientRecord } from './types';

/**
 * Create or update a patient.
 * @param db - the open database
 * @param patient - the record (its `code` must be unique among patients)
 * @throws StoreError `duplicate-code` when another patient has the code, `quota-exceeded` when storage is full
 */
export async function putPatient(db: GaitDb, patient: PatientRecord): Promise<void> {
  const tx = db.transaction('patients', 'readwrite');
  tx.done.catch(() => undefined); // failures are reported through the awaits below
  try {
    const other = await tx.store.index('byCode').get(patient.code);
    if (other && other.id !== patient.id)
      throw new StoreError('duplicate-code', `Patient code "${patient.code}" is already used`);
    await tx.store.put(patient);
    await tx.done;
  } catch (err) {
    abortQuietly(tx);
    throw toStoreError(err, 'saving the patient');
  }
}

/**
 * Get a patient.
 * @param db - the open database
 * @param id - the patient's key
 * @returns the record or undefined
 */
export async function getPatient(db: GaitDb, id: string): Promise<PatientRecord | undefined> {
  return db.get('patients', id);
}

/**
 * Find a patient by pseudonym code.
 * @param db - the open database
 * @param code - the pseudonym
 * @returns the record or undefined
 */
export async function findPatientByCode(
  db: GaitDb,
  code: string,
): Promise<PatientRecord | undefined> {
  return db.getFromIndex('patients', 'byCode', code);
}

/**
 * List all patients, sorted by code.
 * @param db - the open database
 * @returns patient records
 */
export async function listPatients(db: GaitDb): Promise<PatientRecord[]> {
  return (await db.getAllFromIndex('patients', 'byCode')).sort((a, b) =>
    a.code.localeCompare(b.code),
  );
}

/**
 * Delete a patient and all of their sessions.
 * @param db - the open database
 * @param id - the patient's key
 */
export async function deletePatient(db: GaitDb, id: string): Promise<void> {
  for (const s of await listSessions(db, id)) await deleteSession(db, s.id);
  await db.delete('patients', id);
}
