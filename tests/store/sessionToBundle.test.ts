import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBundleJson } from '../../src/export/json/readBundleJson';
import { writeBundleJson } from '../../src/export/json/writeBundleJson';
import { importBundle } from '../../src/store/importBundle';
import { openGaitDb } from '../../src/store/openGaitDb';
import { putPatient } from '../../src/store/patients';
import { saveEventEdits } from '../../src/store/saveEventEdits';
import { saveSession } from '../../src/store/saveSession';
import { sessionToBundle } from '../../src/store/sessionToBundle';
import { loadSession } from '../../src/store/sessions';
import { freshDbName, makePatient, makeSessionBundle } from './fixtures';

describe('sessionToBundle(db, sessionId)', () => {
  it('sessionToBundle(db, id) builds a bundle that readBundleJson accepts and importBundle reproduces', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient();
    await putPatient(db, p);
    const saved = makeSessionBundle(p.id);
    await saveSession(db, saved);
    const bundle = readBundleJson(
      writeBundleJson(await sessionToBundle(db, saved.session.id, { software: 'GaitLens test' })),
    );
    expect(bundle.patient).toEqual({
      code: p.code,
      birthYear: p.birthYear,
      sex: p.sex,
      heightCm: p.heightCm,
      notes: p.notes,
    });
    expect(bundle.skeleton).toEqual(saved.skeleton);

    const other = await openGaitDb(freshDbName());
    const r = await importBundle(other, writeBundleJson(bundle));
    const restored = (await loadSession(other, r.sessionId))!;
    expect({ ...restored, session: null }).toEqual({ ...saved, session: null });
    expect(restored.session).toEqual({ ...saved.session, id: r.sessionId, patientId: r.patientId });
    db.close();
    other.close();
  });

  it('sessionToBundle(db, id, { includePatient: false }) leaves the patient out', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient();
    await putPatient(db, p);
    await saveSession(db, makeSessionBundle(p.id));
    expect((await sessionToBundle(db, 'session-1', { includePatient: false })).patient).toBeNull();
    await expect(sessionToBundle(db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
    db.close();
  });
});

describe('saveEventEdits(db, sessionId, edits)', () => {
  it('saveEventEdits(db, id, edits) replaces the edits and keeps the detected events', async () => {
    const db = await openGaitDb(freshDbName());
    const p = makePatient();
    await putPatient(db, p);
    const b = makeSessionBundle(p.id);
    await saveSession(db, b);
    const edits = [
      { op: 'move', side: 'right', type: 'heel-strike', fromTimeS: 0.65, toTimeS: 0.66 },
    ] as const;
    await saveEventEdits(db, b.session.id, edits);
    const back = await loadSession(db, b.session.id);
    expect(back!.edits).toEqual(edits);
    expect(back!.events).toEqual(b.events);
    await expect(saveEventEdits(db, 'nope', [])).rejects.toMatchObject({ code: 'not-found' });
    db.close();
  });
});
