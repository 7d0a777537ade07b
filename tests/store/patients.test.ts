import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openGaitDb } from '../../src/store/openGaitDb';
import { deletePatient, listPatients, putPatient } from '../../src/store/patients';
import { listRatings, putRating } from '../../src/store/ratings';
import { saveSession } from '../../src/store/saveSession';
import { freshDbName, makePatient, makeSessionBundle } from './fixtures';

describe('putPatient(db, patient)', () => {
  it('putPatient(db, p) rejects a second patient with the same code (duplicate-code) and keeps the first', async () => {
    const db = await openGaitDb(freshDbName());
    await putPatient(db, makePatient('P-1'));
    await expect(putPatient(db, { ...makePatient('P-1'), id: 'other' })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'duplicate-code',
    });
    expect((await listPatients(db)).map((p) => p.id)).toEqual(['patient-P-1']);
    db.close();
  });

  it('deletePatient(db, id) deletes the patient with all sessions, their data and ratings', async () => {
    const db = await openGaitDb(freshDbName());
    const a = makePatient('P-1');
    const b = makePatient('P-2');
    await putPatient(db, a);
    await putPatient(db, b);
    await saveSession(db, makeSessionBundle(a.id, 's1'));
    await saveSession(db, makeSessionBundle(b.id, 's2'));
    await putRating(db, {
      id: 'r',
      sessionId: 's1',
      raterCode: 'R',
      score: 3,
      comment: '',
      createdIso: '2025-01-01T00:00:00Z',
    });
    await deletePatient(db, a.id);
    expect(await db.count('patients')).toBe(1);
    expect(await db.getAllKeys('skeletons')).toEqual(['s2']);
    expect(await listRatings(db, 's1')).toEqual([]);
    db.close();
  });
});

describe('putRating(db, rating)', () => {
  it('putRating(db, r) rejects a score outside 1–5 and an unknown session', async () => {
    const db = await openGaitDb(freshDbName());
    const r = {
      id: 'r',
      sessionId: 'none',
      raterCode: 'R',
      score: 3,
      comment: '',
      createdIso: '2025-01-01T00:00:00Z',
    };
    await expect(putRating(db, { ...r, score: 0 })).rejects.toThrow(RangeError);
    await expect(putRating(db, r)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.count('ratings')).toBe(0);
    db.close();
  });
});
