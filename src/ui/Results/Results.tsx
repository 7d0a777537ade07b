import { useEffect, useState } from 'preact/hooks';
import type { AnalysisResult } from '../../core/pipeline/types';
import type { Patient } from '../../core/norms/types';
import type { EventEdit, GaitEventType, Side } from '../../core/events/types';
import type { Skeleton } from '../../core/skeleton/types';
import { AnglePlots } from './AnglePlots';
import { EventEditor } from './EventEditor';
import { findEvent } from './eventEdits';
import { FootfallTimeline } from './FootfallTimeline';
import { FramePreview } from './FramePreview';
import { ParameterTable } from './ParameterTable';
import { PatientForm } from './PatientForm';
import { QualitySummary } from './QualitySummary';
import './results.css';

/** Props of the results page. */
export interface ResultsProps {
  skeleton: Skeleton;
  analysis: AnalysisResult;
  patient: Patient;
  edits: EventEdit[];
  /** Object URL of the video, when the recording was a file (null for webcam/history). */
  videoUrl: string | null;
  /** True while the analysis is recomputed after a patient or event change. */
  recomputing?: boolean;
  /** Recompute with another patient description (age, sex, height). */
  onPatient: (patient: Patient) => void;
  /** Recompute with new manual event edits. */
  onEdits: (edits: EventEdit[]) => void;
  onReport: () => void;
  onBack: () => void;
}

/** An event is found again after a recompute within half a frame at 30 fps, s. */
const RESELECT_TOLERANCE_S = 0.017;

/**
 * Results page: patient form, parameter table with norms and quality, joint-angle plots with
 * normative bands, footfall timeline and the manual event editor.
 * @param props - the analysis and callbacks
 */
export function Results(props: ResultsProps) {
  const { analysis, skeleton } = props;
  const events = analysis.measurements.events;
  const fpsHz = skeleton.fpsHz;
  const durationS = skeleton.frames.at(-1)?.timeS ?? 0;
  const busy = props.recomputing === true;
  const [target, setTarget] = useState<{ side: Side; type: GaitEventType; timeS: number } | null>(
    null,
  );
  const [pendingS, setPendingS] = useState<number | null>(null);
  const [cursorS, setCursorS] = useState(0);
  const selected = target
    ? findEvent(events, target.side, target.type, target.timeS, RESELECT_TOLERANCE_S)
    : -1;
  useEffect(() => {
    if (target && selected < 0 && !busy) setTarget(null);
  }, [target, selected, busy]);

  const select = (i: number | null) => {
    const e = i !== null ? events[i] : undefined;
    setTarget(e ? { side: e.side, type: e.type, timeS: e.timeS } : null);
    setPendingS(null);
    if (e) setCursorS(e.timeS);
  };
  const edit = (next: EventEdit[]) => {
    const last = next.length > props.edits.length ? next.at(-1) : undefined;
    if (last?.op === 'move') setTarget({ side: last.side, type: last.type, timeS: last.toTimeS });
    else if (last?.op === 'add')
      setTarget({ side: last.event.side, type: last.event.type, timeS: last.event.timeS });
    else setTarget(null);
    setPendingS(null);
    props.onEdits(next);
  };

  return (
    <section class="card results" data-testid="results" aria-busy={busy}>
      <h2>Results</h2>
      {busy && (
        <p class="note" role="status" data-testid="recomputing">
          Recomputing with your changes…
        </p>
      )}
      <QualitySummary analysis={analysis} />
      <PatientForm patient={props.patient} busy={busy} onPatient={props.onPatient} />
      <h3>Spatiotemporal parameters</h3>
      <ParameterTable measurements={analysis.measurements} />
      <h3>Joint angles over the gait cycle</h3>
      <AnglePlots kinematics={analysis.kinematics} curveNorms={analysis.curveNorms} />
      <h3>Footfalls and gait events</h3>
      <FootfallTimeline
        events={events}
        durationS={durationS}
        selected={selected >= 0 ? selected : null}
        pendingS={pendingS}
        cursorS={pendingS ?? cursorS}
        onSelect={select}
        onCursor={(t) => setCursorS(Math.round(t * fpsHz) / fpsHz)}
      />
      {props.videoUrl && <FramePreview videoUrl={props.videoUrl} timeS={pendingS ?? cursorS} />}
      <EventEditor
        events={events}
        edits={props.edits}
        unmatched={analysis.measurements.edits.unmatched}
        fpsHz={fpsHz}
        durationS={durationS}
        selected={selected >= 0 ? selected : null}
        pendingS={pendingS}
        cursorS={cursorS}
        busy={busy}
        onSelect={select}
        onPending={setPendingS}
        onEdits={edit}
      />
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={props.onReport}
          disabled={busy}
          data-testid="to-report"
        >
          Report
        </button>
        <button type="button" onClick={props.onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
