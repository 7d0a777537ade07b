/** Save an analysed recording as a session of a pseudonymous patient (one transaction). */
import { analyzeInWorker } from '../../../workers/analysis.client';
import { analysisPatient } from '../../store/analysisPatient';
import { saveSession } from '../../store/saveSession';
import type { GaitDb } from '../../store/schema';
import { requestPersistentStorage } from '../../store/storageQuota';
import { toJsonValue } from '../../store/toJsonValue';
import type { PatientRecord, SessionRecord } from '../../store/types';
import type { AnalysedRecording } from '../session';

/** What the save form gives. */
export interface SaveRequest {
  /** The patient: an existing record, or a new one (`isNew`) created in the same transaction. */
  patient: PatientRecord;
  isNew: boolean;
  /** Session metadata (date, walking condition, notes). */
  session: Omit<SessionRecord, 'id' | 'patientId'>;
}

/**
 * Save a recording: re-analyse it when the patient's age, sex or height differ from what it was analysed
 * with (so stored measurements and norms match the saved patient), then write session, skeleton, detected
 * events, manual edits, measurements and report atomically, then ask for persistent storage.
 * @param db - the open database
 * @param signal - cancels a re-analysis
 * @param rec - the analysed recording (a reopened one keeps its session key and is overwritten)
 * @param req - patient and session metadata
 * @returns the recording as saved (its analysis, patient and session key)
 * @throws StoreError (nothing is written on failure), AbortError
 */
export async function saveRecording(
  db: GaitDb,
  signal: AbortSignal,
  rec: AnalysedRecording,
  req: SaveRequest,
): Promise<AnalysedRecording> {
  const patient = analysisPatient(req.patient, req.session.dateIso);
  const same = JSON.stringify(patient) === JSON.stringify(rec.patient);
  const analysis = same
    ? rec.analysis
    : await analyzeInWorker(signal, rec.skeleton, { patient, edits: rec.edits });
  // Detected events before manual edits (the measurements carry the final events).
  const detected = rec.edits.length
    ? (await analyzeInWorker(signal, rec.skeleton, { patient })).measurements.events
    : analysis.measurements.events;
  const sessionId = rec.sessionId ?? globalThis.crypto.randomUUID();
  await saveSession(
    db,
    {
      session: { ...req.session, id: sessionId, patientId: req.patient.id },
      skeleton: rec.skeleton,
      events: detected,
      edits: rec.edits,
      measurements: toJsonValue(analysis.measurements),
      report: toJsonValue(analysis.report),
    },
    req.isNew ? req.patient : undefined,
  );
  await requestPersistentStorage().catch(() => false);
  return { ...rec, analysis, patient, sessionId };
}
