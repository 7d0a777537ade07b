import type { AnalysisResult } from '../../core/pipeline/types';
import type { Patient } from '../../core/norms/types';
import type { EventEdit } from '../../core/events/types';
import type { Skeleton } from '../../core/skeleton/types';

/** Props of the results page. */
export interface ResultsProps {
  skeleton: Skeleton;
  analysis: AnalysisResult;
  patient: Patient;
  edits: EventEdit[];
  /** Object URL of the video, when the recording was a file (null for webcam/history). */
  videoUrl: string | null;
  /** Recompute with another patient description (age, sex, height). */
  onPatient: (patient: Patient) => void;
  /** Recompute with new manual event edits. */
  onEdits: (edits: EventEdit[]) => void;
  onReport: () => void;
  onBack: () => void;
}

/**
 * Results page (placeholder until the parameter table, angle plots, footfall timeline and event
 * editor land).
 * @param props - the analysis and callbacks
 */
export function Results(props: ResultsProps) {
  return (
    <section class="card results" data-testid="results">
      <h2>Results</h2>
      <p>{props.analysis.measurements.events.length} gait events detected.</p>
      <div class="actions">
        <button type="button" onClick={props.onReport}>
          Report
        </button>
        <button type="button" onClick={props.onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
