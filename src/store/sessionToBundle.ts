/** Build a GaitLens JSON bundle (`gaitlens.bundle/1`) from a stored session, for export and sharing. */
import { BUNDLE_FORMAT } from '../export/json/bundleTypes';
import type { GaitBundle } from '../export/json/bundleTypes';
import { getPatient } from './patients';
import type { GaitDb } from './schema';
import { loadSession } from './sessions';
import { StoreError } from './storeError';
import type { JsonValue } from './types';

/** Options of {@link sessionToBundle}. */
export interface SessionToBundleParams {
  /** App name and version written into the bundle. */
  software: string;
  /** Include the patient's pseudonym and details (default true); false writes `patient: null`. */
  includePatient: boolean;
  /** Tokens to include (not stored; computed by src/core/tokens); default null. */
  tokens: JsonValue;
}

/** Defaults of {@link sessionToBundle}. */
export const DEFAULT_SESSION_TO_BUNDLE_PARAMS: Readonly<SessionToBundleParams> = Object.freeze({
  software: 'GaitLens',
  includePatient: true,
  tokens: null,
});

/**
 * Read a session and its patient and assemble a bundle.
 * @param db - the open database
 * @param sessionId - the session's key
 * @param params - see {@link DEFAULT_SESSION_TO_BUNDLE_PARAMS}
 * @returns the bundle (write it with writeBundleJson, optionally encrypt it)
 * @throws StoreError `not-found` for an unknown session
 */
export async function sessionToBundle(
  db: GaitDb,
  sessionId: string,
  params: Partial<SessionToBundleParams> = {},
): Promise<GaitBundle> {
  const p = { ...DEFAULT_SESSION_TO_BUNDLE_PARAMS, ...params };
  const s = await loadSession(db, sessionId);
  if (!s) throw new StoreError('not-found', `Session ${sessionId} does not exist`);
  const patient = p.includePatient ? await getPatient(db, s.session.patientId) : undefined;
  const { dateIso, condition, operatorNotes } = s.session;
  return {
    format: BUNDLE_FORMAT,
    createdIso: new Date().toISOString(),
    software: p.software,
    patient: patient
      ? {
          code: patient.code,
          birthYear: patient.birthYear,
          sex: patient.sex,
          heightCm: patient.heightCm,
          notes: patient.notes,
        }
      : null,
    session: { dateIso, condition, operatorNotes },
    skeleton: s.skeleton,
    events: s.events,
    eventEdits: s.edits,
    measurements: s.measurements,
    tokens: p.tokens,
    report: s.report,
  };
}
