/**
 * Records of the GaitLens database (see docs/store.md). Plain, cloneable data only: every record
 * passes through IndexedDB's structured clone, the JSON bundle and the backup file unchanged.
 * Patients are pseudonymous: a code chosen by the clinic, never a name.
 */
import type { EventEdit, GaitEvent } from '../core/events/types';
import type { Skeleton } from '../core/skeleton/types';

/** A JSON value (for data that other stages define: measurements, tokens, reports). */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Recorded sex of the patient (for norms); `unknown` when not given. */
export type Sex = 'female' | 'male' | 'other' | 'unknown';

/** A pseudonymous patient. */
export interface PatientRecord {
  /** Database key (random UUID). */
  id: string;
  /** Pseudonym chosen by the clinic, e.g. `P-0042` (never a name). */
  code: string;
  /** Year of birth (4 digits), null when not given. */
  birthYear: number | null;
  sex: Sex;
  /** Body height, cm; null when not given. */
  heightCm: number | null;
  /** Free-text notes, stored and shown as text only. */
  notes: string;
  /** ISO 8601 time the record was created. */
  createdIso: string;
}

/** Camera view of the recording relative to the walking direction. */
export type CameraView =
  | 'sagittal-left'
  | 'sagittal-right'
  | 'frontal-approaching'
  | 'frontal-leaving'
  | 'oblique'
  | 'unknown';

/** How the patient walked during the recording. */
export interface WalkingCondition {
  /** Walking aid, e.g. `none`, `cane`, `walker` (free text, empty when not given). */
  aid: string;
  /** Footwear, e.g. `barefoot`, `shoes` (free text). */
  footwear: string;
  /** Walked distance, m; null when not measured. */
  distanceM: number | null;
  cameraView: CameraView;
}

/** One assessment: one recording of one patient. */
export interface SessionRecord {
  /** Database key (random UUID). */
  id: string;
  /** Key of the patient (PatientRecord.id). */
  patientId: string;
  /** ISO 8601 date-time of the assessment. */
  dateIso: string;
  condition: WalkingCondition;
  /** Free-text operator notes. */
  operatorNotes: string;
}

/** The skeleton of a session (one per session, keyed by the session id). */
export interface SkeletonRecord {
  sessionId: string;
  skeleton: Skeleton;
}

/** Measurements of a session (format defined by src/core/params; stored as given). */
export interface MeasurementsRecord {
  sessionId: string;
  measurements: JsonValue;
}

/** Detected events of a session plus manual edits on top of them. */
export interface EventsRecord {
  sessionId: string;
  events: GaitEvent[];
  edits: EventEdit[];
}

/** The report of a session (format defined by src/core/report; stored as given). */
export interface ReportRecord {
  sessionId: string;
  report: JsonValue;
}

/** A clinician's rating of a session's report (evaluation study). Added in schema version 2. */
export interface RatingRecord {
  /** Database key (random UUID). */
  id: string;
  sessionId: string;
  /** Pseudonymous rater code. */
  raterCode: string;
  /** Rating on a 1–5 scale (integer). */
  score: number;
  comment: string;
  /** ISO 8601 time of the rating. */
  createdIso: string;
}

/** Everything that belongs to one session, saved in one transaction. */
export interface SessionBundle {
  session: SessionRecord;
  skeleton: Skeleton;
  events: GaitEvent[];
  edits: EventEdit[];
  measurements: JsonValue;
  report: JsonValue;
}
