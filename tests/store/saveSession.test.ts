import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGaitDb } from '../../src/store/openGaitDb';
import { putPatient } from '../../src/store/patients';
import { saveSession } from '../../src/store/saveSession';
import { loadSession } from '../../src/store/sessions';
import { StoreError } from '../../src/store/storeError';
import type { GaitDb } from '../../src/store/schema';
import { freshDbName, makePatient, makeSessionBundle } from './fixtures';

async function countAll(db: GaitDb): Promise<number[]> {
  return Promise.all(
    (['sessions', 'skeletons', 'measurements', 'events', 'reports'] as const).map((s) =>
      db.count(s),
    ),
  );
}

async function setup(): Promise<{ db: GaitDb; patientId: string }> {
  const db = await openGaitDb(freshDbName());
  const p = makePatient();
  await putPatient(db, p);
  return { db, patientId: p.id };
}

afterEach(() => vi.restoreAllMocks());

describe('saveSession(db, bundle)', () => {
  it('saveSession(db, b) then loadSession(db, id) returns the same data, NaN included', async () => {
    const { db, patientId } = await setup();
    const b = makeSessionBundle(patientId);
    await saveSession(db, b);
    const back = await loadSession(db, b.session.id);
    expect(back).toEqual(b);
    expect(await countAll(db)).toEqual([1, 1, 1, 1, 1]);
    db.close();
  });

  it('saveSession(db, b) for an unknown patient rejects with not-found and writes nothing', async () => {
    const { db } = await setup();
    await expect(saveSession(db, makeSessionBundle('nobody'))).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await countAll(db)).toEqual([0, 0, 0, 0, 0]);
    db.close();
  });

  it('saveSession(db, b) that fails mid-save (uncloneable skeleton) writes no partial records and keeps the old version', async () => {
    const { db, patientId } = await setup();
    const good = makeSessionBundle(patientId);
    await saveSession(db, good);
    const bad = makeSessionBundle(patientId);
    bad.session.operatorNotes = 'changed';
    (bad.skeleton as unknown as { extra: () => void }).extra = () => undefined; // DataCloneError on the 2nd put
    const err = await saveSession(db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('transaction-failed');
    expect((await loadSession(db, good.session.id))!.session.operatorNotes).toBe('trial 1');
    expect(await countAll(db)).toEqual([1, 1, 1, 1, 1]);
    db.close();
  });

  it('saveSession(db, b) maps a QuotaExceededError mid-save to code quota-exceeded, with no partial records', async () => {
    const { db, patientId } = await setup();
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } })
      .IDBObjectStore.prototype;
    const realPut = proto.put;
    vi.spyOn(proto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'measurements')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const err = await saveSession(db, makeSessionBundle(patientId)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', code: 'quota-exceeded' });
    vi.restoreAllMocks();
    expect(await countAll(db)).toEqual([0, 0, 0, 0, 0]);
    db.close();
  });
});

describe('saveSession(db, bundle, newPatient)', () => {
  it('saveSession(db, b, p) creates the patient and the session in one transaction', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient('P-NEW');
    const b = makeSessionBundle(p.id);
    await saveSession(db, b, p);
    expect(await db.get('patients', p.id)).toEqual(p);
    expect(await loadSession(db, b.session.id)).toEqual(b);
    db.close();
  });

  it('saveSession(db, b, p) with a QuotaExceededError mid-save leaves neither the patient nor any session record', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient('P-QUOTA');
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } })
      .IDBObjectStore.prototype;
    const realPut = proto.put;
    vi.spyOn(proto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'reports')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const err = await saveSession(db, makeSessionBundle(p.id), p).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', code: 'quota-exceeded' });
    vi.restoreAllMocks();
    expect(await db.count('patients')).toBe(0);
    expect(await countAll(db)).toEqual([0, 0, 0, 0, 0]);
    db.close();
  });

  it('saveSession(db, b, p) rejects a code another patient has with duplicate-code and writes nothing', async () => {
    const { db } = await setup();
    const twin = { ...makePatient('P-0042'), id: 'other-id' };
    const err = await saveSession(db, makeSessionBundle(twin.id), twin).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', code: 'duplicate-code' });
    expect(await db.count('patients')).toBe(1);
    expect(await countAll(db)).toEqual([0, 0, 0, 0, 0]);
    db.close();
  });

  it('saveSession(db, b, p) refuses a session that belongs to another patient id (not-found)', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient('P-X');
    const err = await saveSession(db, makeSessionBundle('someone-else'), p).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'not-found' });
    expect(await db.count('patients')).toBe(0);
    db.close();
  });
});
