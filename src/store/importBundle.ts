/** Import a GaitLens JSON bundle into the database as a new session. */
import { readBundleJson } from '../export/json/readBundleJson';
import { abortQuietly } from './requests';
import { putSessionRecords } from './saveSession';
import type { GaitDb } from './schema';
import { StoreError, toStoreError } from './storeError';

/** What an import created. */
export interface ImportResult {
  patientId: string;
  sessionId: string;
  /** True when the bundle's patient code was new and a patient record was created. */
  createdPatient: boolean;
}

/**
 * Validate a bundle and store it as a new session, in one transaction.
 * @param db - the open database
 * @param text - the bundle's JSON text (decrypt an envelope first)
 * @param targetPatientId - patient to attach the session to; default: the patient with the bundle's code,
 *   created when no patient has it
 * @returns the keys of the patient and of the new session
 * @throws InputFormatError for a malformed bundle, before anything is written; StoreError `not-found` for an
 *   unknown target patient or a bundle without a patient and no target, `quota-exceeded` when storage is full.
 *   Existing records are never changed: an existing patient with the same code is reused as it is, and the
 *   session gets a new key.
 */
export async function importBundle(
  db: GaitDb,
  text: string,
  targetPatientId?: string,
): Promise<ImportResult> {
  const b = readBundleJson(text);
  const sessionId = globalThis.crypto.randomUUID();
  const tx = db.transaction(
    ['patients', 'sessions', 'skeletons', 'measurements', 'events', 'reports'],
    'readwrite',
  );
  const done = tx.done.catch((err: unknown) => err);
  try {
    const patients = tx.objectStore('patients');
    let patientId = targetPatientId;
    let createdPatient = false;
    if (patientId !== undefined) {
      if (!(await patients.get(patientId)))
        throw new StoreError('not-found', `Patient ${patientId} does not exist`);
    } else if (b.patient) {
      patientId = (await patients.index('byCode').get(b.patient.code))?.id;
      if (patientId === undefined) {
        patientId = globalThis.crypto.randomUUID();
        createdPatient = true;
        await patients.add({ id: patientId, createdIso: new Date().toISOString(), ...b.patient });
      }
    } else {
      throw new StoreError(
        'not-found',
        'The bundle has no patient; choose the patient to import it for',
      );
    }
    await putSessionRecords(tx, {
      session: { id: sessionId, patientId, ...b.session },
      skeleton: b.skeleton,
      events: b.events,
      edits: b.eventEdits,
      measurements: b.measurements,
      report: b.report,
    });
    const failed = await done;
    if (failed !== undefined) throw failed;
    return { patientId, sessionId, createdPatient };
  } catch (err) {
    abortQuietly(tx);
    await done;
    throw toStoreError(err, 'importing the bundle');
  }
}
