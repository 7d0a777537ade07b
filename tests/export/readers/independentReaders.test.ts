/**
 * GaitLens's TRC and C3D exports opened by readers written outside GaitLens
 * (`../shared/tools/readers/`: py-c3d 0.6.0 and a transliteration of OpenSim's TRC tokenizer).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeC3d } from '../../../src/export/c3d/writeC3d';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import { writeTrc } from '../../../src/export/trc/writeTrc';
import { POSE2SIM_BLAZEPOSE_MARKERS } from '../../../src/export/trc/pose2simMarkers';
import {
  FIXTURE_EMPTY_FRAME,
  makeSyntheticEvents,
  makeSyntheticSkeleton,
} from '../fixtures/syntheticSkeleton';

const READERS = '../shared/tools/readers';
const hasPython = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
if (!hasPython) console.warn('independent readers skipped: python3 with numpy is missing');
const dir = mkdtempSync(join(tmpdir(), 'gaitlens-readers-'));

function save(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** py-c3d's summary of a file (`c3d_read.py`); exit 1 with `ok: false` when it refuses it. */
function pyC3d(path: string): {
  ok: boolean;
  error?: string;
  points: number;
  labels: string[];
  rate_hz: number;
  frames: number;
  units: string;
  events: { label: string; context: string; time_s: number }[];
  warnings: string[];
} {
  const r = spawnSync('python3', [join(READERS, 'c3d_read.py'), path], { encoding: 'utf8' });
  return JSON.parse(r.stdout) as ReturnType<typeof pyC3d>;
}

const demo = readSkeletonJson(readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'));
const synthetic = makeSyntheticSkeleton();
const events = makeSyntheticEvents();

describe.skipIf(!hasPython)('py-c3d reads writeC3d(skeleton, events)', () => {
  it('py-c3d(writeC3d(synthetic)) reads every label, the rate, frames, units and the events', () => {
    const out = pyC3d(save('synthetic.c3d', writeC3d(synthetic, events)));
    expect(out.error).toBeUndefined();
    expect(out.ok).toBe(true);
    expect(out.labels).toEqual([...synthetic.landmarkNames]);
    expect([out.points, out.rate_hz, out.frames, out.units]).toEqual([
      33,
      synthetic.fpsHz,
      synthetic.frames.length,
      'mm',
    ]);
    // py-c3d's only remark is that there are no analog channels, which is true of these files.
    expect(out.warnings).toEqual(['No analog data found in file.']);
    const sorted = [...events].sort((a, b) => a.timeS - b.timeS);
    expect(out.events.map((e) => [e.label, e.context])).toEqual(
      sorted.map((e) => [
        e.type === 'heel-strike' ? 'Foot Strike' : 'Foot Off',
        e.side === 'left' ? 'Left' : 'Right',
      ]),
    );
    out.events.forEach((e, i) => expect(Math.abs(e.time_s - sorted[i]!.timeS)).toBeLessThan(1e-5));
  });

  it('py-c3d(writeC3d(demo skeleton)) reads all 230 frames at 30 Hz', () => {
    const out = pyC3d(save('demo.c3d', writeC3d(demo, [])));
    expect(out.error).toBeUndefined();
    expect([out.ok, out.frames, out.rate_hz, out.events.length]).toEqual([true, 230, 30, 0]);
  });
});

describe.skipIf(!hasPython)("OpenSim's TRC tokenizer reads writeTrc(skeleton)", () => {
  const check = (path: string): string =>
    execFileSync('python3', [join(READERS, 'opensim_trc_check.py'), path], { encoding: 'utf8' });

  it('opensim_trc_check(writeTrc(synthetic)) keeps every column of a frame without a subject', () => {
    expect(synthetic.frames[FIXTURE_EMPTY_FRAME]!.world).toBeNull();
    const out = check(save('synthetic.trc', writeTrc(synthetic)));
    const n = POSE2SIM_BLAZEPOSE_MARKERS.length;
    expect(out).toContain(`OK: ${synthetic.frames.length} rows, ${n} markers, ${n} missing`);
  });

  it('opensim_trc_check(writeTrc(demo skeleton)) reads all 230 rows, missing frames included', () => {
    const missing = demo.frames.filter((f) => !f.world).length;
    const n = POSE2SIM_BLAZEPOSE_MARKERS.length;
    expect(missing).toBeGreaterThan(0);
    const out = check(save('demo.trc', writeTrc(demo)));
    expect(out).toContain(`OK: 230 rows, ${n} markers, ${missing * n} missing marker samples`);
  });
});
