/** Types of the GaitLens JSON bundle `gaitlens.bundle/1`, the format for sharing between installs. */
import type { EventEdit, GaitEvent } from '../../core/events/types';
import type { Skeleton } from '../../core/skeleton/types';
import type { JsonValue, PatientRecord, SessionRecord } from '../../store/types';

/** Format tag of the current bundle schema. */
export const BUNDLE_FORMAT = 'gaitlens.bundle/1' as const;

/** The pseudonymous patient as carried in a bundle (no database keys). */
export type BundlePatient = Omit<PatientRecord, 'id' | 'createdIso'>;

/** The session metadata as carried in a bundle (no database keys). */
export type BundleSession = Omit<SessionRecord, 'id' | 'patientId'>;

/** One session with everything derived from it; skeleton only, never pixels. */
export interface GaitBundle {
  format: typeof BUNDLE_FORMAT;
  /** ISO 8601 time the bundle was written. */
  createdIso: string;
  /** App name and version that wrote the bundle. */
  software: string;
  /** Null when the bundle is shared without the patient's pseudonym. */
  patient: BundlePatient | null;
  session: BundleSession;
  skeleton: Skeleton;
  /** Detected events (before manual edits). */
  events: GaitEvent[];
  /** Manual edits on top of `events`. */
  eventEdits: EventEdit[];
  /** Measurements (src/core/params format), tokens and report: JSON as produced by those stages; null when absent. */
  measurements: JsonValue;
  tokens: JsonValue;
  report: JsonValue;
}
