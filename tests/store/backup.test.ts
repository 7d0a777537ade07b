import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { InputFormatError } from '../../src/core/errors';
import { exportBackup, restoreBackup } from '../../src/store/backup';
import { openGaitDb } from '../../src/store/openGaitDb';
import { putPatient } from '../../src/store/patients';
import { putRating } from '../../src/store/ratings';
import { saveSession } from '../../src/store/saveSession';
import type { GaitDb } from '../../src/store/schema';
import { loadSession } from '../../src/store/sessions';
import { freshDbName, makePatient, makeSessionBundle } from './fixtures';

/** A mutable JSON tree of a backup, for breaking it in one place. */
type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A database with 2 patients, 3 sessions and 1 rating. */
async function filledDb(): Promise<GaitDb> {
  const db = await openGaitDb(freshDbName());
  const a = makePatient('P-1');
  const b = makePatient('P-2');
  await putPatient(db, a);
  await putPatient(db, b);
  await saveSession(db, makeSessionBundle(a.id, 's1'));
  await saveSession(db, makeSessionBundle(a.id, 's2', '2025-02-02T10:00:00.000Z'));
  await saveSession(db, makeSessionBundle(b.id, 's3'));
  await putRating(db, {
    id: 'r1',
    sessionId: 's1',
    raterCode: 'R',
    score: 5,
    comment: '',
    createdIso: '2025-01-03T00:00:00.000Z',
  });
  return db;
}

/** Backup text without its creation time, to compare database contents. */
const contents = async (db: GaitDb): Promise<unknown> => {
  const b = JSON.parse(await exportBackup(db)) as Record<string, unknown>;
  delete b.createdIso;
  return b;
};

describe('restoreBackup(db, exportBackup(db))', () => {
  it('restoreBackup(other, exportBackup(db)) reproduces every record, NaN visibility included', async () => {
    const db = await filledDb();
    const text = await exportBackup(db);
    expect(JSON.parse(text)).toMatchObject({ format: 'gaitlens.backup/1', dbVersion: 2 });
    const other = await openGaitDb(freshDbName());
    const counts = await restoreBackup(other, text);
    expect(counts).toEqual({
      patients: 2,
      sessions: 3,
      skeletons: 3,
      measurements: 3,
      events: 3,
      reports: 3,
      ratings: 1,
    });
    expect(await contents(other)).toEqual(await contents(db));
    const s1 = await loadSession(other, 's1');
    expect(s1).toEqual(await loadSession(db, 's1'));
    expect(s1!.skeleton.frames.length).toBe(20);
    db.close();
    other.close();
  });

  it('restoreBackup(db, text) replaces existing data rather than merging', async () => {
    const db = await filledDb();
    const empty = await openGaitDb(freshDbName());
    await restoreBackup(db, await exportBackup(empty));
    expect(await db.count('sessions')).toBe(0);
    expect(await db.count('patients')).toBe(0);
    db.close();
    empty.close();
  });

  it('restoreBackup(db, text) accepts a version-1 backup without ratings', async () => {
    const db = await filledDb();
    const b = JSON.parse(await exportBackup(db)) as Record<string, unknown>;
    b.dbVersion = 1;
    delete b.ratings;
    const other = await openGaitDb(freshDbName());
    expect((await restoreBackup(other, JSON.stringify(b))).ratings).toBe(0);
    expect(await other.count('sessions')).toBe(3);
    db.close();
    other.close();
  });

  const broken: [string, (b: Tree) => void, string][] = [
    [
      'a session of a missing patient',
      (b) => (b.sessions[0].patientId = 'ghost'),
      'sessions[0].patientId',
    ],
    [
      'a skeleton of a missing session',
      (b) => (b.skeletons[1].sessionId = 'ghost'),
      'skeletons[1].sessionId',
    ],
    ['a rating score of 9', (b) => (b.ratings[0].score = 9), 'ratings[0].score'],
    [
      'a non-monotonic skeleton',
      (b) => (b.skeletons[0].skeleton.frames[5].timeS = 0),
      'skeletons[0].skeleton.frames[5].timeS',
    ],
    ['a backup from a newer database', (b) => (b.dbVersion = 99), 'dbVersion'],
  ];

  it.each(broken)(
    'restoreBackup(db, text) rejects %s and leaves the database unchanged',
    async (_name, breakIt, path) => {
      const db = await filledDb();
      const before = await contents(db);
      const b = JSON.parse(await exportBackup(db)) as Record<string, unknown>;
      breakIt(b);
      const err = await restoreBackup(db, JSON.stringify(b)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputFormatError);
      expect((err as InputFormatError).path).toBe(path);
      expect(await contents(db)).toEqual(before);
      db.close();
    },
  );

  it('restoreBackup(db, truncated) rejects with not-json and leaves the database unchanged', async () => {
    const db = await filledDb();
    const before = await contents(db);
    const text = await exportBackup(db);
    await expect(restoreBackup(db, text.slice(0, text.length / 2))).rejects.toMatchObject({
      code: 'not-json',
    });
    expect(await contents(db)).toEqual(before);
    db.close();
  });
});
