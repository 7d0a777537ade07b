/** Full backup of the database to one versioned JSON file, and restore from it. */
import { InputFormatError } from '../core/errors';
import { checkFormatTag } from '../export/json/checkFormatTag';
import { findEmbeddedMedia } from '../export/json/findEmbeddedMedia';
import { parseJsonText } from '../export/json/parseJsonText';
import { toInputFormatError } from '../export/json/toInputFormatError';
import { BACKUP_FORMAT, backupSchema } from './backupSchema';
import type { Backup } from './backupSchema';
import { abortQuietly, allRequests } from './requests';
import { ALL_STORES, DB_VERSION } from './schema';
import type { GaitDb } from './schema';
import { toStoreError } from './storeError';

const WHAT = 'GaitLens backup';

/**
 * Write every record of every store to one JSON text, read in one transaction (a consistent snapshot).
 * @param db - the open database
 * @param software - app name and version for the file
 * @returns the backup JSON text (`gaitlens.backup/1`); NaN values become null, as in the bundle
 */
export async function exportBackup(db: GaitDb, software = 'GaitLens'): Promise<string> {
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const [patients, sessions, skeletons, measurements, events, reports, ratings] = await Promise.all(
    ALL_STORES.map((s) => tx.objectStore(s).getAll()),
  );
  await tx.done;
  return JSON.stringify({
    format: BACKUP_FORMAT,
    createdIso: new Date().toISOString(),
    software,
    dbVersion: DB_VERSION,
    patients,
    sessions,
    skeletons,
    measurements,
    events,
    reports,
    ratings,
  });
}

/**
 * Validate a backup file completely, without touching the database.
 * @param text - the backup's JSON text
 * @returns the validated backup
 * @throws InputFormatError (`not-json`, `wrong-format`, `wrong-version`, `schema`) with the JSON path, also for
 *   records that refer to a missing patient or session
 */
export function readBackup(text: string): Backup {
  const value = parseJsonText(text, WHAT, Number.MAX_SAFE_INTEGER);
  checkFormatTag(value, BACKUP_FORMAT, WHAT);
  const media = findEmbeddedMedia(value);
  if (media)
    throw new InputFormatError('schema', `The ${WHAT} is malformed: ${media.reason}`, media.path);
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) throw toInputFormatError(parsed.error, WHAT);
  const b = parsed.data;
  if (b.dbVersion > DB_VERSION)
    throw new InputFormatError(
      'wrong-version',
      `The backup comes from database version ${b.dbVersion}; this GaitLens has ${DB_VERSION}`,
      'dbVersion',
    );
  const patientIds = new Set(b.patients.map((p) => p.id));
  const sessionIds = new Set(b.sessions.map((s) => s.id));
  b.sessions.forEach((s, i) => {
    if (!patientIds.has(s.patientId))
      throw new InputFormatError(
        'schema',
        `Session refers to missing patient ${s.patientId}`,
        `sessions[${i}].patientId`,
      );
  });
  for (const store of ['skeletons', 'measurements', 'events', 'reports', 'ratings'] as const) {
    b[store].forEach((r, i) => {
      if (!sessionIds.has(r.sessionId))
        throw new InputFormatError(
          'schema',
          `Record refers to missing session ${r.sessionId}`,
          `${store}[${i}].sessionId`,
        );
    });
  }
  return b;
}

/**
 * Replace the whole database with a backup, in one transaction.
 * @param db - the open database
 * @param text - the backup's JSON text
 * @returns counts of restored records per store
 * @throws InputFormatError for a malformed backup (nothing is changed); StoreError `quota-exceeded` or
 *   `transaction-failed` when writing fails (the transaction aborts and the old data stays)
 */
export async function restoreBackup(
  db: GaitDb,
  text: string,
): Promise<Record<(typeof ALL_STORES)[number], number>> {
  const b = readBackup(text);
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  const done = tx.done.catch((err: unknown) => err);
  try {
    await allRequests(ALL_STORES.map((s) => () => tx.objectStore(s).clear()));
    await allRequests(
      ALL_STORES.flatMap((s) => b[s].map((r) => () => tx.objectStore(s).put(r as never))),
    );
    const failed = await done;
    if (failed !== undefined) throw failed;
  } catch (err) {
    abortQuietly(tx);
    await done;
    throw toStoreError(err, 'restoring the backup');
  }
  return Object.fromEntries(ALL_STORES.map((s) => [s, b[s].length])) as Record<
    (typeof ALL_STORES)[number],
    number
  >;
}
