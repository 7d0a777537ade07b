/** The app's one connection to the GaitLens database, opened on first use and shared by the views. */
import { openGaitDb } from './openGaitDb';
import type { GaitDb } from './schema';

let opening: Promise<GaitDb> | null = null;

/**
 * The app's database connection (opened once; a failed open is retried on the next call).
 * @returns the open database
 * @throws StoreError `unavailable`, `version-too-new` or `transaction-failed` (see openGaitDb)
 */
export function appDb(): Promise<GaitDb> {
  if (!opening) {
    opening = openGaitDb().then((db) => {
      // When another tab upgrades the schema this connection closes itself; open again next time.
      db.addEventListener('close', () => (opening = null));
      return db;
    });
    opening.catch(() => (opening = null));
  }
  return opening;
}
