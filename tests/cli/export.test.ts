import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/gaitlens';
import { parseExportArgs } from '../../cli/commands/export';
import type { MeasurementsResult } from '../../src/core/analysis/types';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { readC3d } from '../../src/export/c3d/readC3d';
import { decryptBundle, isEncryptedEnvelope } from '../../src/export/crypto/decryptBundle';
import { readLandmarksCsv } from '../../src/export/csv/readLandmarksCsv';
import { readStepsCsv } from '../../src/export/csv/readStepsCsv';
import { writeStepsCsv } from '../../src/export/csv/writeStepsCsv';
import { readFhirBundle } from '../../src/export/fhir/readFhirBundle';
import { readBundleJson } from '../../src/export/json/readBundleJson';
import { readSkeletonJson } from '../../src/export/json/readSkeletonJson';
import { readTrc } from '../../src/export/trc/readTrc';
import { toJsonValue } from '../../src/store/toJsonValue';

const DEMO = 'tests/fixtures/sports2d-demo/skeleton.json';
const demo = readSkeletonJson(readFileSync(DEMO, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'gaitlens-export-'));
let core: MeasurementsResult;

/** Run the CLI and capture stderr and the exit code. */
async function run(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  vi.spyOn(console, 'error').mockImplementation((t) => void (err += `${String(t)}\n`));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, err };
}

async function exportDemo(format: string, input = DEMO): Promise<string> {
  const out = join(dir, `demo-${format}-${Math.random().toString(36).slice(2)}`);
  const { code, err } = await run(['export', input, '--format', format, '-o', out]);
  expect(code, err).toBe(0);
  return out;
}

beforeAll(() => {
  core = analyzeRecording(demo).measurements;
});
afterEach(() => vi.restoreAllMocks());

describe('gaitlens export <skeleton.json> --format F -o file', () => {
  it('gaitlens export demo --format json writes a bundle whose measurements equal analyzeRecording', async () => {
    const b = readBundleJson(readFileSync(await exportDemo('json'), 'utf8'));
    expect(b.measurements).toEqual(toJsonValue(core));
    expect(b.skeleton.frames).toHaveLength(demo.frames.length);
    expect(b.patient).toBeNull();
    expect(b.session.dateIso).toBe(demo.capture.createdIso);
  });

  it('gaitlens export demo --format csv writes 33 landmarks per frame that read back to the skeleton (1e-9)', async () => {
    const frames = readLandmarksCsv(readFileSync(await exportDemo('csv'), 'utf8'));
    expect(frames).toHaveLength(demo.frames.length);
    const i = demo.frames.findIndex((f) => f.image !== null);
    expect(frames[i]!.image).toHaveLength(33);
    for (let k = 0; k < 33; k++)
      for (let a = 0; a < 3; a++)
        expect(Math.abs(frames[i]!.image![k]![a]! - demo.frames[i]!.image![k]![a]!)).toBeLessThan(
          1e-9,
        );
  });

  it('gaitlens export demo --format steps-csv equals writeStepsCsv(interval selection of analyzeRecording)', async () => {
    const text = readFileSync(await exportDemo('steps-csv'), 'utf8');
    expect(text).toBe(writeStepsCsv(core.intervals!));
    expect(readStepsCsv(text).length).toBeGreaterThan(0);
  });

  it('gaitlens export demo --format trc writes one row per frame at the skeleton rate, 25 markers', async () => {
    const trc = readTrc(readFileSync(await exportDemo('trc'), 'utf8'));
    expect(trc.timesS).toHaveLength(demo.frames.length);
    expect(trc.dataRateHz).toBeCloseTo(demo.fpsHz, 6);
    expect(trc.markers).toHaveLength(25);
    expect(trc.markers.map((m) => m.name)).toContain('left_heel');
  });

  it('gaitlens export demo --format c3d writes every frame, 33 points and one EVENT per final event', async () => {
    const c3d = readC3d(new Uint8Array(readFileSync(await exportDemo('c3d'))));
    expect(c3d.frameCount).toBe(demo.frames.length);
    expect(c3d.points).toHaveLength(33);
    expect(c3d.events).toHaveLength(core.events.length);
    const times = c3d.events.map((e) => e.timeS).sort((a, b) => a - b);
    core.events.forEach((e, k) => expect(Math.abs(times[k]! - e.timeS)).toBeLessThan(1e-4));
  });

  it('gaitlens export demo --format fhir writes every measured pooled mean (6 significant digits)', async () => {
    const fhir = readFhirBundle(readFileSync(await exportDemo('fhir'), 'utf8'));
    const measured = core.parameters.filter((p) => p.all.mean !== null);
    expect(measured.length).toBeGreaterThan(0);
    for (const p of measured) {
      const v = fhir.values.find((x) => x.key === p.key && x.side === 'all');
      expect(v, p.key).toBeDefined();
      expect(Math.abs(v!.value - p.all.mean!)).toBeLessThanOrEqual(Math.abs(p.all.mean!) * 1e-5);
    }
  });
});

describe('gaitlens export <bundle.json>', () => {
  it('gaitlens export bundle (measurements removed, one event deleted by hand) re-analyses with the edit', async () => {
    const b = JSON.parse(readFileSync(await exportDemo('json'), 'utf8')) as Record<string, unknown>;
    const hs = core.events.find((e) => e.type === 'heel-strike')!;
    const edited = {
      ...b,
      measurements: null,
      eventEdits: [{ op: 'delete', side: hs.side, type: hs.type, timeS: hs.timeS }],
    };
    const path = join(dir, 'edited.gaitlens.json');
    writeFileSync(path, JSON.stringify(edited));
    const c3d = readC3d(new Uint8Array(readFileSync(await exportDemo('c3d', path))));
    const withEdit = analyzeRecording(demo, { edits: edited.eventEdits as never }).measurements;
    expect(withEdit.events.length).toBe(core.events.length - 1);
    expect(c3d.events).toHaveLength(withEdit.events.length);
  });

  it('gaitlens export --passphrase-env encrypts a JSON bundle, and reads an encrypted bundle back', async () => {
    process.env.GAITLENS_TEST_PASS = 'a long test passphrase';
    const enc = join(dir, 'demo.enc.gaitlens.json');
    let r = await run([
      'export',
      DEMO,
      '--format',
      'json',
      '-o',
      enc,
      '--passphrase-env',
      'GAITLENS_TEST_PASS',
    ]);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(enc, 'utf8');
    expect(isEncryptedEnvelope(text)).toBe(true);
    const plain = await decryptBundle(text, 'a long test passphrase');
    expect(readBundleJson(plain.text).measurements).toEqual(toJsonValue(core));
    const trc = join(dir, 'from-enc.trc');
    r = await run([
      'export',
      enc,
      '--format',
      'trc',
      '-o',
      trc,
      '--passphrase-env',
      'GAITLENS_TEST_PASS',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(readTrc(readFileSync(trc, 'utf8')).timesS).toHaveLength(demo.frames.length);
    r = await run(['export', enc, '--format', 'trc', '-o', trc]);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/encrypted.*--passphrase-env.*\[usage\]/);
    process.env.GAITLENS_TEST_WRONG = 'not the passphrase';
    r = await run([
      'export',
      enc,
      '--format',
      'trc',
      '-o',
      trc,
      '--passphrase-env',
      'GAITLENS_TEST_WRONG',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[wrong-passphrase]');
    r = await run([
      'export',
      enc,
      '--format',
      'trc',
      '-o',
      trc,
      '--passphrase-env',
      'GAITLENS_UNSET_VAR',
    ]);
    expect(r.code).toBe(64);
    expect(r.err).toContain('[empty-passphrase]');
    delete process.env.GAITLENS_TEST_WRONG;
    delete process.env.GAITLENS_TEST_PASS;
  });
});

describe('gaitlens export: bad input', () => {
  it('gaitlens export with a malformed skeleton exits 65 naming the frame and the code', async () => {
    const raw = JSON.parse(readFileSync(DEMO, 'utf8')) as {
      frames: { image: unknown[][] | null }[];
    };
    const i = raw.frames.findIndex((f) => f.image !== null);
    raw.frames[i]!.image![29] = [0.5, 'x', 0];
    const path = join(dir, 'broken.skeleton.json');
    writeFileSync(path, JSON.stringify(raw));
    const { code, err } = await run(['export', path, '--format', 'trc', '-o', join(dir, 'x.trc')]);
    expect(code).toBe(65);
    expect(err).toContain(`frames[${i}].image[29][1]`);
    expect(err).toContain('[schema]');
  });

  it('parseExportArgs(argv) refuses an unknown format or a missing output (exit 64)', async () => {
    expect(parseExportArgs([DEMO, '--format', 'xlsx', '-o', 'x'])).toBeNull();
    expect(parseExportArgs([DEMO, '--format', 'trc'])).toBeNull();
    expect(parseExportArgs([DEMO, '--format', 'json', '-o', 'x'])?.format).toBe('bundle-json');
    expect((await run(['export', DEMO, '--format', 'xlsx', '-o', 'x'])).code).toBe(64);
  });
});

describe('gaitlens export: no data lost', () => {
  const copyOfDemo = (): { path: string; bytes: Buffer } => {
    const sub = mkdtempSync(join(dir, 'same-'));
    const path = join(sub, 'walk.json');
    copyFileSync(DEMO, path);
    return { path, bytes: readFileSync(path) };
  };

  it('gaitlens export x.json --format trc -o x.json is refused (64) and leaves x.json byte-identical', async () => {
    const { path, bytes } = copyOfDemo();
    const r = await run(['export', path, '--format', 'trc', '-o', path]);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/output .*walk\.json is the input.*\[usage\]/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual(['walk.json']);
  });

  it('gaitlens export refuses an output that resolves to the input: ./ spelling, symlink, hard link', async () => {
    const { path, bytes } = copyOfDemo();
    const sub = dirname(path);
    symlinkSync(path, join(sub, 'link.json'));
    linkSync(path, join(sub, 'hard.json'));
    for (const out of [
      join(sub, '.', '..', basename(sub), 'walk.json'),
      join(sub, 'link.json'),
      join(sub, 'hard.json'),
    ]) {
      const r = await run(['export', path, '--format', 'c3d', '-o', out]);
      expect(r.code, out).toBe(64);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    }
  });

  it('gaitlens pose walk.mp4 -o walk.mp4 is refused (64) before any browser starts; the video is unchanged', async () => {
    const sub = mkdtempSync(join(dir, 'pose-'));
    const video = join(sub, 'walk.mp4');
    writeFileSync(video, 'not really a video, but it must survive');
    const r = await run(['pose', video, '-o', video]);
    expect(r.code).toBe(64);
    expect(readFileSync(video, 'utf8')).toBe('not really a video, but it must survive');
  });

  it('gaitlens export over an existing other file replaces it whole, leaving no temp file', async () => {
    const { path } = copyOfDemo();
    const out = join(dirname(path), 'walk.trc');
    writeFileSync(out, 'old contents');
    expect((await run(['export', path, '--format', 'trc', '-o', out])).code).toBe(0);
    expect(readTrc(readFileSync(out, 'utf8')).timesS).toHaveLength(demo.frames.length);
    expect(readdirSync(dirname(path)).sort()).toEqual(['walk.json', 'walk.trc']);
  });

  it('gaitlens export into a missing folder exits 1 and creates nothing', async () => {
    const out = join(dir, 'no-such-folder', 'x.trc');
    const r = await run(['export', DEMO, '--format', 'trc', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ENOENT');
  });

  it('gaitlens export of a bundle with cadence −5 is refused (65) with the JSON path; no FHIR is written', async () => {
    const b = JSON.parse(readFileSync(await exportDemo('json'), 'utf8')) as {
      measurements: { parameters: { key: string; all: { mean: number } }[] };
    };
    const k = b.measurements.parameters.findIndex((p) => p.key === 'cadenceStepsPerMin');
    b.measurements.parameters[k]!.all.mean = -5;
    const path = join(dir, 'cadence-5.gaitlens.json');
    writeFileSync(path, JSON.stringify(b));
    const out = join(dir, 'cadence-5.fhir.json');
    const r = await run(['export', path, '--format', 'fhir', '-o', out]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(`measurements.parameters[${k}].all.mean`);
    expect(r.err).toMatch(/cadenceStepsPerMin -5 steps\/min is not possible.*\[schema\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('gaitlens export of a skeleton whose fpsHz contradicts its frame times is refused (65, inconsistent)', async () => {
    const raw = JSON.parse(readFileSync(DEMO, 'utf8')) as { fpsHz: number };
    raw.fpsHz = 1000; // the frames are 1/30 s apart (0 to 7.633333 s for 230 frames)
    const path = join(dir, 'fps1000.skeleton.json');
    writeFileSync(path, JSON.stringify(raw));
    const out = join(dir, 'fps1000.c3d');
    const r = await run(['export', path, '--format', 'c3d', '-o', out]);
    expect(r.code).toBe(65);
    expect(r.err).toMatch(
      /contradicts itself.*fpsHz 1000 disagrees with the frame times.*\[inconsistent\]/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('gaitlens export with an unknown option exits 64 with the usage', async () => {
    const r = await run([
      'export',
      DEMO,
      '--format',
      'trc',
      '-o',
      join(dir, 'u.trc'),
      '--frobnicate',
    ]);
    expect(r.code).toBe(64);
    expect(r.err).toContain('gaitlens export <skeleton.json|bundle.json>');
  });
});
