import { useEffect, useRef, useState } from 'preact/hooks';
import { appDb } from '../../store/appDb';
import { listPatients } from '../../store/patients';
import type { GaitDb } from '../../store/schema';
import type { PatientRecord } from '../../store/types';
import { BackupRestore } from '../Exports/BackupRestore';
import { ImportBundle } from '../Exports/ImportBundle';
import { ProblemNote } from '../Exports/ProblemNote';
import { problemOf } from '../Exports/problemOf';
import type { Problem } from '../Exports/problemOf';
import type { AnalysedRecording } from '../session';
import { openSession } from './openSession';
import { PatientSessions } from './PatientSessions';
import { StorageUsage } from './StorageUsage';

/** Props of the history view. */
export interface HistoryProps {
  onBack: () => void;
  /** Show a saved session on the results screen (re-analysed from its skeleton; no video). */
  onOpen: (rec: AnalysedRecording) => void;
}

/**
 * Patient history on this device: patients with search, their sessions, trends and comparisons,
 * import of bundles, backup and restore, storage usage.
 * @param props - a way back and a way to open a session
 */
export function History(props: HistoryProps) {
  const [db, setDb] = useState<GaitDb | null>(null);
  const [patients, setPatients] = useState<PatientRecord[]>([]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  useEffect(() => {
    void (async () => {
      const d = await appDb();
      setDb(d);
      setPatients(await listPatients(d));
    })().catch((e: unknown) => setProblem(problemOf(e)));
  }, [version]);

  const open = async (sessionId: string) => {
    if (!db) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setOpening(true);
    setProblem(null);
    try {
      props.onOpen(await openSession(db, controller.signal, sessionId));
    } catch (e) {
      if ((e as Error | null)?.name === 'AbortError') return;
      console.error(e);
      setProblem(problemOf(e));
      setOpening(false);
    }
  };

  const q = query.trim().toLowerCase();
  const shown = patients.filter((p) => p.code.toLowerCase().includes(q));
  const patient = patients.find((p) => p.id === selected) ?? null;
  const bump = () => setVersion((v) => v + 1);

  return (
    <section class="card history" data-testid="history">
      <h2>Patient history on this device</h2>
      <StorageUsage version={version} />
      {problem && <ProblemNote problem={problem} testid="history-problem" />}
      {opening && <p data-testid="history-opening">Opening the session…</p>}
      <label>
        Find a patient by code
        <input
          type="search"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          data-testid="patient-search"
        />
      </label>
      <ul class="patient-list" data-testid="patient-list">
        {shown.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class={p.id === selected ? 'selected' : ''}
              onClick={() => setSelected(p.id)}
              data-testid="patient-item"
              data-code={p.code}
            >
              {p.code}
              {p.birthYear !== null ? ` · born ${p.birthYear}` : ''}
              {p.sex !== 'unknown' ? ` · ${p.sex}` : ''}
              {p.heightCm !== null ? ` · ${p.heightCm} cm` : ''}
            </button>
          </li>
        ))}
      </ul>
      {patients.length === 0 && <p class="note">No patients saved on this device yet.</p>}
      {db && patient && (
        <PatientSessions
          db={db}
          patient={patient}
          version={version}
          onOpen={(id) => void open(id)}
          onChanged={bump}
        />
      )}
      {db && (
        <details class="transfer">
          <summary>Import, backup and restore</summary>
          <ImportBundle
            db={db}
            onImported={(r) => {
              setSelected(r.patientId);
              bump();
            }}
          />
          <BackupRestore
            db={db}
            onRestored={() => {
              setSelected(null);
              bump();
            }}
          />
        </details>
      )}
      <div class="actions">
        <button type="button" onClick={props.onBack} data-testid="history-back">
          Back
        </button>
      </div>
    </section>
  );
}
