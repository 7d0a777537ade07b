/**
 * Schema migrations, one function per version step. Each runs inside the upgrade transaction, so a failed
 * migration leaves the database at its previous version. Never edit a released step: add a new one.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { GaitDbSchema } from './schema';

type UpgradeDb = IDBPDatabase<GaitDbSchema>;
type UpgradeTx = IDBPTransaction<GaitDbSchema, StoreNames<GaitDbSchema>[], 'versionchange'>;

/** Migration to version `n` from version `n − 1`. */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void;

/** v1: patients (unique pseudonym code), sessions (by patient) and the per-session stores. */
function toV1(db: UpgradeDb): void {
  db.createObjectStore('patients', { keyPath: 'id' }).createIndex('byCode', 'code', {
    unique: true,
  });
  db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byPatient', 'patientId');
  db.createObjectStore('skeletons', { keyPath: 'sessionId' });
  db.createObjectStore('measurements', { keyPath: 'sessionId' });
  db.createObjectStore('events', { keyPath: 'sessionId' });
  db.createObjectStore('reports', { keyPath: 'sessionId' });
}

/** v2: evaluation ratings, and sessions indexed by patient and date (existing sessions are indexed too). */
function toV2(db: UpgradeDb, tx: UpgradeTx): void {
  db.createObjectStore('ratings', { keyPath: 'id' }).createIndex('bySession', 'sessionId');
  tx.objectStore('sessions').createIndex('byPatientDate', ['patientId', 'dateIso']);
}

/** Migrations by target version (index 0 unused). */
export const MIGRATIONS: readonly (Migration | undefined)[] = Object.freeze([
  undefined,
  toV1,
  toV2,
]);

/**
 * Run every migration from `oldVersion` + 1 up to `newVersion`.
 * @param db - the database in its upgrade transaction
 * @param tx - the upgrade transaction
 * @param oldVersion - version found on disk (0 for a new database)
 * @param newVersion - version being opened
 */
export function runMigrations(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new RangeError(`No migration to database version ${v}`);
    step(db, tx);
  }
}
