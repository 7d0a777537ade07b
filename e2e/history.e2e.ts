import type {} from '../src/ui/automationTypes';
/**
 * Patient history end to end: save a session, reload, reopen with identical measurements; export every
 * format and read each file back with the Node-side readers; move a bundle (plain and encrypted) to a
 * fresh browser profile; a malformed import changes nothing; a page killed during a save leaves the
 * database consistent; no export carries pixels; no request leaves the origin.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementsResult } from '../src/core/analysis/types';
import { decryptBundle, isEncryptedEnvelope } from '../src/export/crypto/decryptBundle';
import { EXPORT_FORMATS, exportFormat } from '../src/export/formats';
import type { ExportFormatId } from '../src/export/formats';
import { readC3d } from '../src/export/c3d/readC3d';
import { readLandmarksCsv } from '../src/export/csv/readLandmarksCsv';
import { readStepsCsv } from '../src/export/csv/readStepsCsv';
import { readStridesCsv } from '../src/export/csv/readStridesCsv';
import { readFhirBundle } from '../src/export/fhir/readFhirBundle';
import { readBundleJson } from '../src/export/json/readBundleJson';
import { readSkeletonJson } from '../src/export/json/readSkeletonJson';
import { readTrc } from '../src/export/trc/readTrc';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';
import { mediaFound } from '../tests/helpers/mediaFound';

const VIDEO = `${SHARED}/video/sports2d-demo-3s-640.mp4`;
const CODE = 'E2E-0001';
const PASSPHRASE = 'correct horse battery staple';
const dir = mkdtempSync(join(tmpdir(), 'gaitlens-history-'));

/** Measurements as JSON data (NaN → null), the form the store and the bundle hold. */
const asJson = (m: unknown) =>
  JSON.parse(
    JSON.stringify(m, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  );

async function measurementsOnResults(page: Page): Promise<MeasurementsResult> {
  await page.waitForFunction(() => window.gaitlens.screen() === 'results', undefined, {
    timeout: 120_000,
  });
  return (await page.evaluate(() => window.gaitlens.measurements()!)) as MeasurementsResult;
}

async function analyseVideo(page: Page): Promise<MeasurementsResult> {
  expect(await importVideo(page, VIDEO)).toEqual({ screen: 'review', problemCodes: [] });
  await page.getByTestId('analyse').click();
  return measurementsOnResults(page);
}

async function openHistory(page: Page, code: string): Promise<void> {
  await page.getByTestId('open-history').click();
  await page.locator(`[data-testid="patient-item"][data-code="${code}"]`).click();
  await page.getByTestId('session-row').first().waitFor();
}

async function download(page: Page, testid: string, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = join(dir, name);
  await d.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string, passphrase?: string): Promise<void> {
  await page.locator('details.transfer > summary').click();
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-file-name').waitFor();
  if (passphrase) await page.getByTestId('import-passphrase').fill(passphrase);
  await page.getByTestId('import-submit').click();
}

/** Every store's keys, read with the raw IndexedDB API in the page. */
async function dbKeys(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('gaitlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const names = ['patients', 'sessions', 'skeletons', 'measurements', 'events', 'reports'];
    const tx = db.transaction(names, 'readonly');
    const out: Record<string, string[]> = {};
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((ok) => {
            const r = tx.objectStore(n).getAllKeys();
            r.onsuccess = () => {
              out[n] = (r.result as IDBValidKey[]).map(String);
              ok();
            };
          }),
      ),
    );
    db.close();
    return out;
  });
}

describe('patient history: save, reopen, export, import, crash safety', () => {
  let app: AppSession;
  let saved: MeasurementsResult;
  let sessionId: string;
  const files = new Map<ExportFormatId | 'bundle-encrypted', string>();
  const fresh: { context?: BrowserContext; requests: string[] } = { requests: [] };

  beforeAll(async () => {
    app = await openApp();
    await analyseVideo(app.page);
  });
  afterAll(async () => {
    await fresh.context?.close();
    await app?.close();
  });

  it('saves to history with a patient code; after a reload the session reopens with identical measurements', async () => {
    const { page } = app;
    await page.getByTestId('save-open').click();
    await page.getByTestId('save-patient-code').fill(CODE);
    await page.getByTestId('save-patient-birth-year').fill('1980');
    await page.getByTestId('save-patient-height').fill('168');
    await page.getByTestId('save-session-distance').fill('4');
    await page.getByTestId('save-submit').click();
    await page.waitForFunction(() => window.gaitlens.sessionId() !== null, undefined, {
      timeout: 60_000,
    });
    sessionId = (await page.evaluate(() => window.gaitlens.sessionId()))!;
    saved = (await page.evaluate(() => window.gaitlens.measurements()!)) as MeasurementsResult;
    expect(saved.parameters.length).toBeGreaterThan(0);

    await page.reload();
    await page.waitForFunction(() => 'gaitlens' in window);
    await openHistory(page, CODE);
    expect(await page.getByTestId('session-row').count()).toBe(1);
    await expect(page.getByTestId('storage-usage').textContent()).resolves.toMatch(/MB/);
    await page.getByTestId('session-open').click();
    const reopened = await measurementsOnResults(page);
    expect(await page.evaluate(() => window.gaitlens.sessionId())).toBe(sessionId);
    expect(asJson(reopened)).toEqual(asJson(saved));
  });

  it('exports every registry format, and each file reads back with its Node-side reader', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.waitForFunction(() => 'gaitlens' in window);
    await openHistory(page, CODE);
    await page.getByTestId('session-export').click();
    for (const f of EXPORT_FORMATS) {
      files.set(f.id, await download(page, `export-${f.id}`, `plain${f.extension}`));
    }
    await page.getByTestId('export-passphrase').fill(PASSPHRASE);
    files.set('bundle-encrypted', await download(page, 'export-bundle-json', 'enc.gaitlens.json'));

    const measured = asJson(saved) as MeasurementsResult;
    for (const f of EXPORT_FORMATS) {
      const bytes = new Uint8Array(readFileSync(files.get(f.id)!));
      const parsed = exportFormat(f.id).read(
        f.id === 'c3d' ? bytes : new TextDecoder().decode(bytes),
      );
      expect(parsed, f.id).toBeTruthy();
    }
    const bundle = readBundleJson(readFileSync(files.get('bundle-json')!, 'utf8'));
    expect(bundle.patient?.code).toBe(CODE);
    expect(bundle.session.condition.distanceM).toBe(4);
    expect(bundle.measurements).toEqual(measured);
    const frames = bundle.skeleton.frames.length;
    const c3d = readC3d(new Uint8Array(readFileSync(files.get('c3d')!)));
    expect(c3d.frameCount).toBe(frames);
    expect(c3d.points).toHaveLength(33);
    const heelStrikes = measured.events.filter((e) => e.type === 'heel-strike').length;
    expect(c3d.events.filter((e) => e.label === 'Foot Strike')).toHaveLength(heelStrikes);
    const trc = readTrc(readFileSync(files.get('trc')!, 'utf8'));
    expect(trc.timesS.length).toBe(frames);
    const landmarks = readLandmarksCsv(readFileSync(files.get('landmarks-csv')!, 'utf8'));
    expect(landmarks).toBeTruthy();
    const skeleton = readSkeletonJson(readFileSync(files.get('skeleton-json')!, 'utf8'));
    expect(skeleton.frames).toHaveLength(frames);
    const fhir = readFhirBundle(readFileSync(files.get('fhir-json')!, 'utf8'));
    expect(fhir.patientCode).toBe(CODE);
    // FHIR values are written with 6 significant digits.
    const pooled = measured.parameters.filter((p) => p.all.mean !== null);
    expect(pooled.length).toBeGreaterThan(0);
    for (const p of pooled) {
      const v = fhir.values.find((x) => x.key === p.key && x.side === 'all');
      expect(v, p.key).toBeDefined();
      expect(Math.abs(v!.value - p.all.mean!)).toBeLessThanOrEqual(Math.abs(p.all.mean!) * 1e-5);
    }
    // A step ends at each heel strike that follows a strike of the other foot.
    const steps = readStepsCsv(readFileSync(files.get('steps-csv')!, 'utf8'));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(heelStrikes - 1);
    const strides = readStridesCsv(readFileSync(files.get('strides-csv')!, 'utf8'));
    expect(strides.length).toBeLessThanOrEqual(heelStrikes - 2);

    const envelope = readFileSync(files.get('bundle-encrypted')!, 'utf8');
    expect(isEncryptedEnvelope(envelope)).toBe(true);
    const plain = await decryptBundle(envelope, PASSPHRASE);
    expect(readBundleJson(plain.text).measurements).toEqual(measured);
  });

  it('no downloaded export carries pixel data or data URLs', () => {
    expect(files.size).toBe(EXPORT_FORMATS.length + 1);
    for (const [id, path] of files)
      expect(mediaFound(new Uint8Array(readFileSync(path))), id).toEqual([]);
  });

  it('imports the bundle (plain and encrypted) into a fresh browser profile with identical measurements; a malformed file changes nothing', async () => {
    fresh.context = await app.browser.newContext({ serviceWorkers: 'block' });
    fresh.context.on('request', (r) => fresh.requests.push(r.url()));
    const page = await fresh.context.newPage();
    page.on('request', (r) => fresh.requests.push(r.url()));
    page.on('worker', (w) => fresh.requests.push(w.url()));
    await page.goto(app.url);
    await page.waitForFunction(() => 'gaitlens' in window);
    await page.getByTestId('open-history').click();
    expect(await page.getByTestId('patient-item').count()).toBe(0);

    // Malformed: one landmark coordinate turned into text.
    const broken = JSON.parse(readFileSync(files.get('bundle-json')!, 'utf8'));
    const f = broken.skeleton.frames.findIndex((x: { image: unknown }) => x.image !== null);
    broken.skeleton.frames[f].image[29][0] = 'x';
    const brokenPath = join(dir, 'broken.gaitlens.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await importFile(page, brokenPath);
    await page.getByTestId('import-problem').waitFor();
    expect(await page.getByTestId('import-problem').getAttribute('data-code')).toBe('schema');
    expect(await page.getByTestId('problem-where').textContent()).toBe(
      `skeleton.frames[${f}].image[29][0]`,
    );
    expect(Object.values(await dbKeys(page)).flat()).toEqual([]);

    // Wrong passphrase, then the right one.
    await page.getByTestId('import-file').setInputFiles(files.get('bundle-encrypted')!);
    await page.getByTestId('import-passphrase').fill('wrong');
    await page.getByTestId('import-submit').click();
    await page.locator('[data-testid="import-problem"][data-code="wrong-passphrase"]').waitFor();
    expect(Object.values(await dbKeys(page)).flat()).toEqual([]);
    await page.getByTestId('import-passphrase').fill(PASSPHRASE);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('session-row').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('import-file').setInputFiles(files.get('bundle-json')!);
    await page.getByTestId('import-submit').click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="session-row"]').length === 2,
    );
    expect(await page.getByTestId('patient-item').count()).toBe(1);

    // Compare the two copies, see trends, delete one with undo.
    await page.getByTestId('compare-pick').nth(0).check();
    await page.getByTestId('compare-pick').nth(1).check();
    const diffs = await page.getByTestId('compare-diff').allTextContents();
    expect(diffs.filter((d) => d !== '–').every((d) => Number(d) === 0)).toBe(true);
    expect(await page.getByTestId('trends').locator('svg').count()).toBeGreaterThan(0);
    await page.getByTestId('session-delete').nth(1).click();
    await page.getByTestId('delete-yes').click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="session-row"]').length === 1,
    );
    await page.getByTestId('undo-delete').click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="session-row"]').length === 2,
    );

    await page.getByTestId('session-open').first().click();
    const imported = await measurementsOnResults(page);
    expect(asJson(imported)).toEqual(asJson(saved));
  });

  it('a page closed during a save leaves the database consistent (every session has its skeleton and measurements)', async () => {
    const page = await app.context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() => 'gaitlens' in window);
    await analyseVideo(page);
    await page.getByTestId('save-open').click();
    await page.getByTestId('save-patient-code').fill('E2E-KILL');
    await page.getByTestId('save-submit').click();
    await page.close();

    const check = await app.context.newPage();
    await check.goto(app.url);
    await check.waitForFunction(() => 'gaitlens' in window);
    const keys = await dbKeys(check);
    const sessions = keys.sessions!;
    for (const s of ['skeletons', 'measurements', 'events', 'reports'])
      expect([...keys[s]!].sort(), s).toEqual([...sessions].sort());
    expect(sessions).toContain(sessionId);
    // The new patient is created in the save's transaction: it exists only with its session.
    const patients = await check.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('gaitlens');
        r.onsuccess = () => ok(r.result);
      });
      const all = await new Promise<{ id: string; code: string }[]>((ok) => {
        const r = db.transaction('patients').objectStore('patients').getAll();
        r.onsuccess = () => ok(r.result);
      });
      const sess = await new Promise<{ patientId: string }[]>((ok) => {
        const r = db.transaction('sessions').objectStore('sessions').getAll();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return all.map((p) => ({ code: p.code, n: sess.filter((s) => s.patientId === p.id).length }));
    });
    for (const p of patients) expect(p.n, p.code).toBeGreaterThan(0);
    console.log(
      `kill during save: ${sessions.length} sessions after the crash (${JSON.stringify(patients)})`,
    );
    await check.close();
  });

  it('made no request outside the app origin (both profiles)', () => {
    expect(app.foreignRequests()).toEqual([]);
    const origin = new URL(app.url).origin;
    const foreign = fresh.requests.filter(
      (u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin,
    );
    expect(fresh.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
