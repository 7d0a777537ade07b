import { useEffect, useState } from 'preact/hooks';
import { listRatings, putRating } from '../../store/ratings';
import { saveSession } from '../../store/saveSession';
import type { GaitDb } from '../../store/schema';
import { deleteSession, listSessions, loadSession } from '../../store/sessions';
import type {
  JsonValue,
  PatientRecord,
  RatingRecord,
  SessionBundle,
  SessionRecord,
} from '../../store/types';
import { ProblemNote } from '../Exports/ProblemNote';
import { problemOf } from '../Exports/problemOf';
import type { Problem } from '../Exports/problemOf';
import { SessionExports } from '../Exports/SessionExports';
import { CompareSessions } from './CompareSessions';
import { Trends } from './Trends';
import { formatTrendValue, TREND_PARAMS, trendValue } from './trendParams';

/** Props of a patient's session list. */
export interface PatientSessionsProps {
  db: GaitDb;
  patient: PatientRecord;
  /** Changes when data changed elsewhere (import, restore), to reload. */
  version: number;
  onOpen: (sessionId: string) => void;
  /** Called after a delete or an undo. */
  onChanged: () => void;
}

const SPEED = TREND_PARAMS[0]!;
const CADENCE = TREND_PARAMS[1]!;

/**
 * A patient's sessions: open, export, delete (with confirmation and undo), compare two, trends.
 * @param props - database, patient and callbacks
 */
export function PatientSessions(props: PatientSessionsProps) {
  const { db, patient } = props;
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const [measurements, setMeasurements] = useState(new Map<string, JsonValue>());
  const [picked, setPicked] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ bundle: SessionBundle; ratings: RatingRecord[] } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      const list = await listSessions(db, patient.id);
      const m = new Map<string, JsonValue>();
      for (const s of list) m.set(s.id, (await db.get('measurements', s.id))?.measurements ?? null);
      if (!live) return;
      setSessions(list);
      setMeasurements(m);
      setPicked((p) => p.filter((id) => list.some((s) => s.id === id)));
    })().catch((e: unknown) => setProblem(problemOf(e)));
    return () => {
      live = false;
    };
  }, [db, patient.id, props.version, version]);

  const changed = () => {
    setVersion((v) => v + 1);
    props.onChanged();
  };

  const remove = async (id: string) => {
    setConfirm(null);
    setProblem(null);
    try {
      const bundle = await loadSession(db, id);
      const ratings = await listRatings(db, id);
      await deleteSession(db, id);
      setUndo(bundle ? { bundle, ratings } : null);
      changed();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      await saveSession(db, undo.bundle);
      for (const r of undo.ratings) await putRating(db, r);
      setUndo(null);
      changed();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const compared = sessions.filter((s) => picked.includes(s.id));

  return (
    <div class="patient-sessions" data-testid="patient-sessions">
      <h3>
        Sessions of <span data-testid="patient-heading">{patient.code}</span>
      </h3>
      {patient.notes && <p class="notes">{patient.notes}</p>}
      {undo && (
        <p class="note" role="status" data-testid="undo-bar">
          Session of {undo.bundle.session.dateIso.slice(0, 10)} deleted.{' '}
          <button type="button" onClick={() => void restore()} data-testid="undo-delete">
            Undo
          </button>
        </p>
      )}
      {problem && <ProblemNote problem={problem} testid="sessions-problem" />}
      <ul class="session-list">
        {sessions.map((s) => {
          const m = measurements.get(s.id) ?? null;
          return (
            <li key={s.id} data-testid="session-row" data-session-id={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.includes(s.id)}
                  onChange={() => toggle(s.id)}
                  data-testid="compare-pick"
                />{' '}
                {new Date(s.dateIso).toLocaleString()} · aid {s.condition.aid || '–'} · view{' '}
                {s.condition.cameraView}
              </label>
              <div class="summary">
                Speed {formatTrendValue(trendValue(m, SPEED), SPEED)} · Cadence{' '}
                {formatTrendValue(trendValue(m, CADENCE), CADENCE)}
              </div>
              {s.operatorNotes && <p class="notes">{s.operatorNotes}</p>}
              <div class="actions">
                <button type="button" onClick={() => props.onOpen(s.id)} data-testid="session-open">
                  Open
                </button>
                <button
                  type="button"
                  onClick={() => setExporting(exporting === s.id ? null : s.id)}
                  data-testid="session-export"
                >
                  Export…
                </button>
                <button type="button" onClick={() => setConfirm(s.id)} data-testid="session-delete">
                  Delete
                </button>
              </div>
              {confirm === s.id && (
                <div class="confirm" role="alertdialog" data-testid="delete-confirm">
                  Delete this session with its skeleton, measurements and report?{' '}
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void remove(s.id)}
                    data-testid="delete-yes"
                  >
                    Delete
                  </button>
                  <button type="button" onClick={() => setConfirm(null)}>
                    Keep
                  </button>
                </div>
              )}
              {exporting === s.id && <SessionExports db={db} sessionId={s.id} />}
            </li>
          );
        })}
      </ul>
      {compared.length === 2 && (
        <CompareSessions a={compared[0]!} b={compared[1]!} measurements={measurements} />
      )}
      {compared.length < 2 && sessions.length >= 2 && (
        <p class="note">Tick two sessions to compare them side by side.</p>
      )}
      <Trends sessions={sessions} measurements={measurements} />
    </div>
  );
}
