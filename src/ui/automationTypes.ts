/** Types of the read-only automation hook `window.gaitlens` (used by the CLI and e2e tests). */
import type { RecordingQuality } from '../core/pose/assessRecording';
import type { TrackWalkScore } from '../core/pose/selectWalkingTrack';
import type { PersonTrack } from '../core/pose/types';
import type { Skeleton } from '../core/skeleton/types';
import type { AnalysisResult } from '../core/pipeline/types';
import type { MeasurementsResult } from '../core/analysis/types';

/** Tracking details of the current review. */
export interface AutomationCandidates {
  tracks: PersonTrack[];
  trackId: number | null;
  scores: TrackWalkScore[];
  processingS: number;
  decoder: string;
}

/** What automation can read from the app; skeleton data only, never pixels. */
export interface AutomationHook {
  screen: () => string;
  problemCodes: () => string[];
  skeleton: () => Skeleton | null;
  quality: () => RecordingQuality | null;
  candidates: () => AutomationCandidates | null;
  progress: () => { done: number; total: number } | null;
  /** The whole analysis of the results/report screen (null elsewhere). */
  analysis: () => AnalysisResult | null;
  /** True while the results screen recomputes after a patient or event edit. */
  recomputing: () => boolean;
  /** Measurements of the results/report screen (null elsewhere). */
  measurements: () => MeasurementsResult | null;
  /** Key of the shown recording's saved session (null when not saved or not on results/report). */
  sessionId: () => string | null;
}

declare global {
  interface Window {
    gaitlens: AutomationHook;
  }
}
