/** Reopen a saved session: its skeleton and edits are analysed again (no pose run, no video). */
import { analyzeInWorker } from '../../../workers/analysis.client';
import { analysisPatient } from '../../store/analysisPatient';
import { getPatient } from '../../store/patients';
import type { GaitDb } from '../../store/schema';
import { loadSession } from '../../store/sessions';
import { StoreError } from '../../store/storeError';
import type { AnalysedRecording } from '../session';

/**
 * Load a session and rebuild the results screen's recording from the stored skeleton, manual edits and
 * the patient's age, sex and height on the session date (the analysis is deterministic, so the
 * measurements equal the stored ones).
 * @param db - the open database
 * @param signal - cancels the analysis
 * @param sessionId - the session's key
 * @returns the recording, `videoUrl` null (video is never stored), `sessionId` set
 * @throws StoreError `not-found` for an unknown session or patient
 */
export async function openSession(
  db: GaitDb,
  signal: AbortSignal,
  sessionId: string,
): Promise<AnalysedRecording> {
  const s = await loadSession(db, sessionId);
  if (!s) throw new StoreError('not-found', `Session ${sessionId} does not exist`);
  const p = await getPatient(db, s.session.patientId);
  if (!p) throw new StoreError('not-found', `Patient ${s.session.patientId} does not exist`);
  const patient = analysisPatient(p, s.session.dateIso);
  const analysis = await analyzeInWorker(signal, s.skeleton, { patient, edits: s.edits });
  return { skeleton: s.skeleton, analysis, patient, edits: s.edits, videoUrl: null, sessionId };
}
