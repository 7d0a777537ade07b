/** Open (and create or upgrade) the GaitLens database. */
import { openDB } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION } from './schema';
import type { GaitDb, GaitDbSchema } from './schema';
import { StoreError, toStoreError } from './storeError';

/**
 * Open the database, running the migrations it needs.
 * @param name - database name (default `gaitlens`; tests use their own)
 * @param version - schema version to open (default the current one; tests open older versions)
 * @returns the open database; it closes itself when another tab opens a newer version
 * @throws StoreError `unavailable` without IndexedDB, `version-too-new` when the data on disk comes from a newer
 *   GaitLens, `transaction-failed` when a migration fails (the database keeps its previous version)
 */
export async function openGaitDb(name = DB_NAME, version = DB_VERSION): Promise<GaitDb> {
  if (typeof indexedDB === 'undefined')
    throw new StoreError('unavailable', 'IndexedDB is not available in this browser');
  try {
    const db = await openDB<GaitDbSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        runMigrations(database, tx, oldVersion, newVersion ?? version);
      },
      blocking() {
        db.close();
      },
    });
    return db;
  } catch (err) {
    throw toStoreError(err, 'opening the database');
  }
}
