/** The state of the app's one active recording, shared by the views. */
import type { PoseCandidateFrame } from '../core/pose/types';
import type { SubjectChoice } from '../core/pose/chooseSubject';
import type { CaptureMeta, Skeleton } from '../core/skeleton/types';
import type { AnalysisResult } from '../core/pipeline/types';
import type { Patient } from '../core/norms/types';
import type { EventEdit } from '../core/events/types';

/** A finished pose run: estimator output, the chosen subject and where it came from. */
export interface PoseRun {
  candidates: PoseCandidateFrame[];
  capture: CaptureMeta;
  fpsHz: number;
  choice: SubjectChoice;
  /** Object URL of the video for playback in the review (null for webcam: video is never kept). */
  videoUrl: string | null;
  decoder: 'webcodecs' | 'video-element' | 'webcam';
  /** Wall-clock time the pose run took, s. */
  processingS: number;
}

/** An analysed recording: what the results, report and history views show. */
export interface AnalysedRecording {
  skeleton: Skeleton;
  analysis: AnalysisResult;
  patient: Patient;
  edits: EventEdit[];
  /** Object URL of the video for playback and key frames (null: webcam or reopened from history). */
  videoUrl: string | null;
  /** Key of the saved session in the history (absent until saved). */
  sessionId?: string;
}

/** What the app is showing. */
export type Screen =
  | { name: 'home' }
  | { name: 'processing'; fileName: string; done: number; total: number; fps: number; etaS: number }
  | { name: 'review'; run: PoseRun }
  | { name: 'analysing' }
  | { name: 'results'; rec: AnalysedRecording; recomputing?: boolean }
  | { name: 'report'; rec: AnalysedRecording }
  | { name: 'history' }
  | { name: 'webcam' }
  | { name: 'problem'; codes: string[] };

/** App name and version written into every file GaitLens makes. */
export const SOFTWARE = 'GaitLens 0.1.0';
