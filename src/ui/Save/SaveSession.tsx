import { useEffect, useRef, useState } from 'preact/hooks';
import { appDb } from '../../store/appDb';
import { getPatient, listPatients } from '../../store/patients';
import { loadSession } from '../../store/sessions';
import { StoreError } from '../../store/storeError';
import type { PatientRecord } from '../../store/types';
import { ProblemNote } from '../Exports/ProblemNote';
import { problemOf } from '../Exports/problemOf';
import type { Problem } from '../Exports/problemOf';
import type { AnalysedRecording } from '../session';
import { patientDraftFrom, sessionDraft, toPatientRecord, toSessionMeta } from './drafts';
import type { PatientDraft, SessionDraft } from './drafts';
import { PatientFields } from './PatientFields';
import { saveRecording } from './saveRecording';
import { SessionFields } from './SessionFields';

/** Props of the save-session form. */
export interface SaveSessionProps {
  rec: AnalysedRecording;
  /** Called with the recording as saved (new analysis when the patient changed, session key set). */
  onSaved: (rec: AnalysedRecording) => void;
}

const NEW = '';

/**
 * "Save to history": choose or create a pseudonymous patient, fill in the session and save it atomically.
 * A recording reopened from the history is saved over its own session.
 * @param props - the recording and a callback with the saved recording
 */
export function SaveSession(props: SaveSessionProps) {
  const [open, setOpen] = useState(false);
  const [patients, setPatients] = useState<PatientRecord[]>([]);
  const [patientId, setPatientId] = useState(NEW);
  const [patient, setPatient] = useState<PatientDraft>(() => patientDraftFrom(props.rec.patient));
  const [session, setSession] = useState<SessionDraft>(() => sessionDraft());
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<Problem | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    setOpen(true);
    setProblem(null);
    try {
      const db = await appDb();
      setPatients(await listPatients(db));
      const saved = props.rec.sessionId ? await loadSession(db, props.rec.sessionId) : null;
      if (saved) {
        setPatientId(saved.session.patientId);
        setSession(sessionDraft(undefined, saved.session));
      }
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState('saving');
    setProblem(null);
    try {
      const db = await appDb();
      const isNew = patientId === NEW;
      const record = isNew
        ? toPatientRecord(patient, globalThis.crypto.randomUUID(), new Date().toISOString())
        : await getPatient(db, patientId);
      if (!record) throw new StoreError('not-found', `Patient ${patientId} does not exist`);
      const meta = toSessionMeta(session);
      const rec = await saveRecording(db, controller.signal, props.rec, {
        patient: record,
        isNew,
        session: meta,
      });
      setState('saved');
      setOpen(false);
      props.onSaved(rec);
    } catch (err) {
      if ((err as Error | null)?.name === 'AbortError') return;
      console.error(err);
      setState('idle');
      setProblem(problemOf(err));
    }
  };

  return (
    <section class="card save-session" data-testid="save-session">
      {!open && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={() => void start()}
            data-testid="save-open"
          >
            {props.rec.sessionId ? 'Save changes to history' : 'Save to history'}
          </button>
          {props.rec.sessionId && (
            <span class="note" data-testid="save-status" data-state="saved">
              Saved in the patient history on this device.
            </span>
          )}
        </div>
      )}
      {open && (
        <form onSubmit={(e) => void save(e)} data-testid="save-form">
          <h3>Save to the patient history on this device</h3>
          <label>
            Patient
            <select
              value={patientId}
              onChange={(e) => setPatientId((e.currentTarget as HTMLSelectElement).value)}
              data-testid="save-patient-choice"
            >
              <option value={NEW}>New patient…</option>
              {patients.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code}
                  {p.birthYear !== null ? ` (born ${p.birthYear})` : ''}
                </option>
              ))}
            </select>
          </label>
          {patientId === NEW && <PatientFields draft={patient} onChange={setPatient} />}
          <SessionFields draft={session} onChange={setSession} />
          <p class="note">
            Only the skeleton and the numbers computed from it are saved; the video is not.
          </p>
          <div class="actions">
            <button
              type="submit"
              class="primary"
              disabled={state === 'saving'}
              data-testid="save-submit"
            >
              {state === 'saving' ? 'Saving…' : 'Save'}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {problem && <ProblemNote problem={problem} testid="save-problem" />}
    </section>
  );
}
