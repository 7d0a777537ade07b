import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { InputFormatError } from '../../src/core/errors';
import { writeBundleJson } from '../../src/export/json/writeBundleJson';
import { exportBackup } from '../../src/store/backup';
import { importBundle } from '../../src/store/importBundle';
import { openGaitDb } from '../../src/store/openGaitDb';
import { findPatientByCode, putPatient } from '../../src/store/patients';
import { loadSession } from '../../src/store/sessions';
import { makeSyntheticBundle } from '../export/fixtures/syntheticBundle';
import { freshDbName, makePatient } from './fixtures';

const withoutTime = (text: string): unknown => ({
  ...(JSON.parse(text) as object),
  createdIso: null,
});

describe('importBundle(db, text)', () => {
  it('importBundle(db, text) creates the patient and a session holding the bundle data', async () => {
    const db = await openGaitDb(freshDbName());
    const bundle = makeSyntheticBundle();
    const r = await importBundle(db, writeBundleJson(bundle));
    expect(r.createdPatient).toBe(true);
    const patient = await findPatientByCode(db, 'P-0042');
    expect(patient).toMatchObject({ id: r.patientId, ...bundle.patient });
    const s = await loadSession(db, r.sessionId);
    expect(s!.skeleton).toEqual(bundle.skeleton);
    expect(s!.events).toEqual(bundle.events);
    expect(s!.edits).toEqual(bundle.eventEdits);
    expect(s!.session).toEqual({ id: r.sessionId, patientId: r.patientId, ...bundle.session });
    db.close();
  });

  it('importBundle(db, text) reuses an existing patient with the same code without changing it', async () => {
    const db = await openGaitDb(freshDbName());
    const existing = { ...makePatient('P-0042'), notes: 'local notes', heightCm: 170 };
    await putPatient(db, existing);
    const first = await importBundle(db, writeBundleJson(makeSyntheticBundle()));
    const second = await importBundle(db, writeBundleJson(makeSyntheticBundle()));
    expect(first.patientId).toBe(existing.id);
    expect(first.createdPatient).toBe(false);
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await findPatientByCode(db, 'P-0042')).toEqual(existing);
    expect(await db.count('sessions')).toBe(2);
    db.close();
  });

  it('importBundle(db, malformed) rejects with InputFormatError and changes nothing', async () => {
    const db = await openGaitDb(freshDbName());
    await importBundle(db, writeBundleJson(makeSyntheticBundle()));
    const before = withoutTime(await exportBackup(db));
    const t = JSON.parse(writeBundleJson(makeSyntheticBundle())) as {
      patient: { code: string };
      skeleton: { frames: { timeS: number }[] };
    };
    t.patient.code = 'P-NEW';
    t.skeleton.frames[10]!.timeS = -1;
    const err = await importBundle(db, JSON.stringify(t)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFormatError);
    expect((err as InputFormatError).path).toBe('skeleton.frames[10].timeS');
    expect(withoutTime(await exportBackup(db))).toEqual(before);
    db.close();
  });

  it('importBundle(db, text) without a patient in the bundle needs a target patient', async () => {
    const db = await openGaitDb(freshDbName());
    const b = makeSyntheticBundle();
    b.patient = null;
    await expect(importBundle(db, writeBundleJson(b))).rejects.toMatchObject({ code: 'not-found' });
    const p = makePatient('P-9');
    await putPatient(db, p);
    expect((await importBundle(db, writeBundleJson(b), p.id)).patientId).toBe(p.id);
    db.close();
  });
});
