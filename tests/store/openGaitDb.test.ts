import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openGaitDb } from '../../src/store/openGaitDb';
import { putRating, listRatings } from '../../src/store/ratings';
import { saveSession } from '../../src/store/saveSession';
import { DB_VERSION } from '../../src/store/schema';
import { listSessions, loadSession } from '../../src/store/sessions';
import { putPatient } from '../../src/store/patients';
import { freshDbName, makePatient, makeSessionBundle } from './fixtures';

describe('openGaitDb(name, version)', () => {
  it('openGaitDb(name) creates the current version with every store', async () => {
    const db = await openGaitDb(freshDbName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'events',
      'measurements',
      'patients',
      'ratings',
      'reports',
      'sessions',
      'skeletons',
    ]);
    db.close();
  });

  it('openGaitDb(name) upgrades a v1 database with data to v2, keeping every record and indexing old sessions', async () => {
    const name = freshDbName();
    const v1 = await openGaitDb(name, 1);
    expect(v1.version).toBe(1);
    expect(v1.objectStoreNames.contains('ratings')).toBe(false);
    const patient = makePatient();
    await putPatient(v1, patient);
    await saveSession(v1, makeSessionBundle(patient.id, 's-late', '2025-03-01T10:00:00.000Z'));
    await saveSession(v1, makeSessionBundle(patient.id, 's-early', '2025-01-01T10:00:00.000Z'));
    const before = await loadSession(v1, 's-late');
    v1.close();

    const v2 = await openGaitDb(name);
    expect(v2.version).toBe(2);
    expect(await loadSession(v2, 's-late')).toEqual(before);
    // The v2 index byPatientDate covers the sessions written under v1, in date order.
    expect((await listSessions(v2, patient.id)).map((s) => s.id)).toEqual(['s-early', 's-late']);
    await putRating(v2, {
      id: 'r1',
      sessionId: 's-late',
      raterCode: 'R1',
      score: 4,
      comment: 'clear',
      createdIso: '2025-03-02T00:00:00.000Z',
    });
    expect(await listRatings(v2, 's-late')).toHaveLength(1);
    v2.close();
  });

  it('openGaitDb(name, 1) on a v2 database rejects with StoreError version-too-new', async () => {
    const name = freshDbName();
    (await openGaitDb(name)).close();
    await expect(openGaitDb(name, 1)).rejects.toMatchObject({
      name: 'StoreError',
      code: 'version-too-new',
    });
  });
});
