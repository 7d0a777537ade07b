/** The GaitLens IndexedDB schema: names, versions and the typed store layout for idb (see docs/store.md). */
import type { DBSchema, IDBPDatabase } from 'idb';
import type {
  EventsRecord,
  MeasurementsRecord,
  PatientRecord,
  RatingRecord,
  ReportRecord,
  SessionRecord,
  SkeletonRecord,
} from './types';

/** Name of the database. */
export const DB_NAME = 'gaitlens';
/** Current schema version. v1: patients, sessions and per-session data. v2: ratings and a patient–date index. */
export const DB_VERSION = 2;

/** Stores that hold one record per session, keyed by `sessionId`, written together by saveSession. */
export const SESSION_DATA_STORES = ['skeletons', 'measurements', 'events', 'reports'] as const;

/** The typed layout of the current version. */
export interface GaitDbSchema extends DBSchema {
  patients: { key: string; value: PatientRecord; indexes: { byCode: string } };
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { byPatient: string; byPatientDate: [string, string] };
  };
  skeletons: { key: string; value: SkeletonRecord };
  measurements: { key: string; value: MeasurementsRecord };
  events: { key: string; value: EventsRecord };
  reports: { key: string; value: ReportRecord };
  ratings: { key: string; value: RatingRecord; indexes: { bySession: string } };
}

/** An open GaitLens database. */
export type GaitDb = IDBPDatabase<GaitDbSchema>;

/** Every store of the current version, in backup order (parents before children). */
export const ALL_STORES = [
  'patients',
  'sessions',
  'skeletons',
  'measurements',
  'events',
  'reports',
  'ratings',
] as const;

/** Name of one store. */
export type StoreName = (typeof ALL_STORES)[number];
