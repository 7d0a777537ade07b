import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFormatCode } from '../../../src/core/errors';
import { readC3d } from '../../../src/export/c3d/readC3d';
import type { C3dData } from '../../../src/export/c3d/c3dTypes';
import { dataAt, dv, edit, paramAt, raw, setFloat } from './mutateC3d';
import { caughtInputFormatError } from '../../helpers/caughtInputFormatError';

// Facts from ../shared/data/c3d/README.md (cross-checked there against py-c3d).
const load = (name: string): C3dData =>
  readC3d(new Uint8Array(readFileSync(`../shared/data/c3d/${name}.c3d`)));
const point = (d: C3dData, label: string) => d.points.find((p) => p.label === label)!;
const F32 = 1e-3; // mm; coordinates are float32 values of about 1e3 mm
const xyz = (d: C3dData, label: string, f: number): number[] => {
  const p = point(d, label);
  return [p.x[f]!, p.y[f]!, p.z[f]!];
};
const expectXyz = (got: number[], want: number[], tolMm: number): void => {
  got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(tolMm));
};

describe('readC3d(PiG_Motion3_FF.c3d): Vicon Nexus, Intel float, with events', () => {
  const d = load('PiG_Motion3_FF');

  it('readC3d(bytes) reads the header: 97 points, 100 Hz, frames 725–1017, float', () => {
    expect(d.processor).toBe('intel');
    expect(d.pointCount).toBe(97);
    expect(d.pointRateHz).toBe(100);
    expect([d.firstFrame, d.lastFrame, d.frameCount]).toEqual([725, 1017, 293]);
    expect(d.storage).toBe('float');
    expect(d.scale).toBeCloseTo(-0.1, 6);
    expect(d.analogSamplesPerFrame).toBe(340);
  });

  it('readC3d(bytes) reads the 10 groups and key parameters', () => {
    expect(Object.keys(d.parameters)).toEqual([
      'TRIAL',
      'SUBJECTS',
      'POINT',
      'ANALOG',
      'FORCE_PLATFORM',
      'EVENT_CONTEXT',
      'EVENT',
      'MANUFACTURER',
      'ANALYSIS',
      'PROCESSING',
    ]);
    expect(d.parameters.MANUFACTURER!.SOFTWARE).toMatchObject({ strings: ['Vicon Nexus'] });
    expect(d.parameters.POINT!.LABELS!.dims).toEqual([21, 97]);
    expect(
      d.points
        .slice(0, 16)
        .map((p) => p.label)
        .join(' '),
    ).toBe('LASI RASI LPSI RPSI LTHI LKNE LTIB LANK LHEE LTOE RTHI RKNE RTIB RANK RHEE RTOE');
    expect(d.pointUnits).toBe('mm');
    expect(d.parameters.ANALOG!.USED).toMatchObject({ values: [34] });
  });

  it('readC3d(bytes) reads marker coordinates at the first and last frame', () => {
    expectXyz(xyz(d, 'LASI', 0), [65.0415, -1412.9155, 960.5278], F32);
    expectXyz(xyz(d, 'LASI', 292), [45.9825, 2227.4221, 964.811], F32);
    expectXyz(xyz(d, 'RHEE', 0), [241.6791, -1243.4359, 47.7381], F32);
    const lasi = point(d, 'LASI');
    const meanY = lasi.y.reduce((a, b) => a + b, 0) / lasi.y.length;
    expect(meanY).toBeCloseTo(404.8587, 2);
  });

  it('readC3d(bytes) marks 4,429 of 28,421 samples invalid and keeps the 16 markers valid', () => {
    const invalid = d.points.reduce((s, p) => s + p.residual.filter((r) => r < 0).length, 0);
    expect(invalid).toBe(4429);
    for (const p of d.points.slice(0, 16)) expect(p.x.every(Number.isFinite)).toBe(true);
    expect(point(d, 'LGroundReactionForce').x[0]).toBeNaN();
  });

  it('readC3d(bytes) reads the 12 EVENT entries with contexts, labels and times', () => {
    expect(d.events).toHaveLength(12);
    expect(d.events[0]).toEqual({
      context: 'Left',
      label: 'Foot Strike',
      timeS: expect.closeTo(7.85, 5) as number,
    });
    expect(d.events[4]).toMatchObject({ context: 'Right', label: 'Foot Strike' });
    expect(d.events[4]!.timeS).toBeCloseTo(7.31, 5);
    expect(d.events[11]).toMatchObject({ context: 'Right', label: 'Foot Off' });
    expect(d.events[11]!.timeS).toBeCloseTo(10.14, 5);
    // Vicon's frame convention: round(t × 100) + 1.
    expect(d.events.map((e) => Math.round(e.timeS * 100) + 1)).toEqual([
      786, 894, 1002, 839, 732, 947, 852, 960, 744, 903, 798, 1015,
    ]);
  });
});

describe('readC3d(ADemo1 int and float): one CODA trial stored two ways', () => {
  const di = load('ADemo1_rewrite_c3d_pc_integer');
  const df = load('ADemo1_rewrite_c3d_pc_float');

  it('readC3d(bytes) reads both headers: 24 points, 200 Hz, 512 frames, int16 vs float', () => {
    for (const d of [di, df]) {
      expect([d.processor, d.pointCount, d.pointRateHz, d.frameCount]).toEqual([
        'intel',
        24,
        200,
        512,
      ]);
      expect(Object.keys(d.parameters)).toEqual([
        'POINT',
        'ANALOG',
        'FORCE_PLATFORM',
        'MANUFACTURER',
      ]);
      expect(d.events).toEqual([]);
    }
    expect(di.storage).toBe('int16');
    expect(df.storage).toBe('float');
  });

  it('readC3d(bytes) ignores the wrong block count and finds the data at block 9', () => {
    expectXyz(xyz(di, 'L.Sac.Wand', 0), [1907.9, -10.9, 891.9], 0.051);
    expectXyz(xyz(df, 'L.Heel', 511), [-1778.3, -94.6, -0.1], 0.051);
    expectXyz(xyz(di, 'R.Toe', 0), [1150.7, 114.5, 27.2], 0.051);
  });

  it('readC3d(int) and readC3d(float) agree within 1e-4 mm with identical invalid masks (85 invalid)', () => {
    let maxDiff = 0;
    let invalid = 0;
    di.points.forEach((p, i) => {
      const q = df.points[i]!;
      for (let f = 0; f < 512; f++) {
        expect(p.residual[f]! < 0).toBe(q.residual[f]! < 0);
        if (p.residual[f]! < 0) invalid++;
        else
          maxDiff = Math.max(
            maxDiff,
            Math.abs(p.x[f]! - q.x[f]!),
            Math.abs(p.y[f]! - q.y[f]!),
            Math.abs(p.z[f]! - q.z[f]!),
          );
      }
    });
    expect(invalid).toBe(85);
    expect(maxDiff).toBeLessThan(1e-4);
    expect(point(di, 'L.Ankle').residual.filter((r) => r < 0).length).toBe(30);
    expect(di.points[0]!.residual[0]).toBeCloseTo(0.1, 6);
  });
});

describe('readC3d(PlugInC3D.c3d): DEC integer with events', () => {
  const d = load('PlugInC3D');

  it('readC3d(bytes) decodes DEC floats: 86 points, 60 Hz, scale 0.0966492668', () => {
    expect(d.processor).toBe('dec');
    expect([d.pointCount, d.pointRateHz, d.firstFrame, d.lastFrame]).toEqual([86, 60, 1, 281]);
    expect(d.scale).toBeCloseTo(0.09664926677942276, 9);
    expect(d.storage).toBe('int16');
    expect(d.parameters.POINT!.MOVIE_DELAY).toMatchObject({
      values: [expect.closeTo(1.006334066, 6)],
    });
  });

  it('readC3d(bytes) reads scaled int16 coordinates and the residual byte', () => {
    expectXyz(xyz(d, 'RKNE', 0), [-1060.8224, 109.117, 568.2977], 1e-3);
    expectXyz(xyz(d, 'RKNE', 99), [403.414, 79.4457, 498.8069], 1e-3);
    expect(point(d, 'RKNE').residual[0]).toBeCloseTo(2.0296, 3);
    expect(point(d, 'RKNE').x.filter(Number.isFinite).length).toBe(254);
    expect(d.points.every((p) => Number.isNaN(p.x[280]))).toBe(true);
  });

  it('readC3d(bytes) reads the 8 events in file order', () => {
    expect(d.events.map((e) => `${e.context} ${e.label}`)).toEqual([
      'Right Foot Strike',
      'Left Foot Off',
      'Left Foot Strike',
      'Right Foot Off',
      'Right Foot Strike',
      'Left Foot Off',
      'Left Foot Strike',
      'Right Foot Off',
    ]);
    expect(d.events.map((e) => Math.round(e.timeS * 60) + 1)).toEqual([
      68, 79, 109, 116, 140, 149, 182, 187,
    ]);
    expect(d.events[0]!.timeS).toBeCloseTo(1.1166666746, 8);
  });
});

describe('readC3d(bytes) rejects non-C3D input', () => {
  it('readC3d(bytes) throws not-c3d for text', () => {
    expect(() => readC3d(new TextEncoder().encode('hello world'.repeat(200)))).toThrow(
      expect.objectContaining({ code: 'not-c3d' }) as Error,
    );
  });
});

// Malformed-input table: each case is a real file with exactly one contradiction (or impossible value)
// written into it. Offsets come from walking the parameter section here, independently of the reader.
const REAL = [
  'PiG_Motion3_FF',
  'ADemo1_rewrite_c3d_pc_integer',
  'ADemo1_rewrite_c3d_pc_float',
  'PlugInC3D',
];
const PIG = 'PiG_Motion3_FF';

type C3dCase = [
  name: string,
  make: () => Uint8Array,
  code: InputFormatCode,
  path: string,
  says: RegExp,
  /** py-c3d's own refusal of the same bytes, where it checks this (null: py-c3d does not check it). */
  pyC3d: RegExp | null,
];
const c3dCases: C3dCase[] = [
  [
    'header rate −100 Hz',
    edit(PIG, (b) => setFloat(b, 20, -100)),
    'not-c3d',
    'header word',
    /-100 Hz.*positive/,
    null,
  ],
  [
    'header rate 0 Hz',
    edit(PIG, (b) => setFloat(b, 20, 0)),
    'not-c3d',
    'header word',
    /0 Hz.*positive/,
    null,
  ],
  [
    'header rate NaN',
    edit(PIG, (b) => setFloat(b, 20, NaN)),
    'not-c3d',
    'header word',
    /NaN Hz/,
    null,
  ],
  [
    'header rate 1e9 Hz',
    edit(PIG, (b) => setFloat(b, 20, 1e9)),
    'not-c3d',
    'header word',
    /1000000000 Hz.*up to 100000/,
    null,
  ],
  [
    'DEC header rate −60 Hz',
    edit('PlugInC3D', (b) => setFloat(b, 20, -60, true)),
    'not-c3d',
    'header word',
    /-60 Hz/,
    null,
  ],
  [
    'POINT:RATE −100 (header 100)',
    edit(PIG, (b) => setFloat(b, dataAt(b, 'POINT', 'RATE'), -100)),
    'not-c3d',
    'POINT:RATE',
    /-100 Hz/,
    null,
  ],
  [
    'POINT:RATE 50, header 100',
    edit(PIG, (b) => setFloat(b, dataAt(b, 'POINT', 'RATE'), 50)),
    'inconsistent',
    'POINT:RATE',
    /header gives 100 Hz.*POINT:RATE gives 50/,
    /inconsistent frame rate/,
  ],
  [
    'DEC POINT:RATE 120, header 60',
    edit('PlugInC3D', (b) => setFloat(b, dataAt(b, 'POINT', 'RATE'), 120, true)),
    'inconsistent',
    'POINT:RATE',
    /60 Hz.*gives 120/,
    /inconsistent frame rate/,
  ],
  [
    'header 98 points, POINT:USED 97',
    edit(PIG, (b) => dv(b).setUint16(2, 98, true)),
    'inconsistent',
    'POINT:USED',
    /98 points.*POINT:USED gives 97/,
    /inconsistent point count/,
  ],
  [
    'POINT:SCALE −0.2, header −0.1',
    edit(PIG, (b) => setFloat(b, dataAt(b, 'POINT', 'SCALE'), -0.2)),
    'inconsistent',
    'POINT:SCALE',
    /scale factor/,
    /inconsistent scale factor/,
  ],
  [
    'POINT:FRAMES 300, header 725–1017 (293)',
    edit(PIG, (b) => dv(b).setInt16(dataAt(b, 'POINT', 'FRAMES'), 300, true)),
    'inconsistent',
    'POINT:FRAMES',
    /293 frames.*gives 300/,
    null,
  ],
  [
    'header last frame 1016, POINT:FRAMES 293',
    edit(PIG, (b) => dv(b).setUint16(8, 1016, true)),
    'inconsistent',
    'POINT:FRAMES',
    /292 frames.*gives 293/,
    null,
  ],
  [
    'ANALOG:USED 33, header 340 samples per frame (34 × 10)',
    edit(PIG, (b) => dv(b).setInt16(dataAt(b, 'ANALOG', 'USED'), 33, true)),
    'inconsistent',
    'ANALOG:USED',
    /340 analog samples per frame.*330/,
    /inconsistent analog/,
  ],
  [
    'data cut off after 100 of 293 frames',
    () => raw(PIG).slice(0, 18 * 512 + 100 * 2912),
    'inconsistent',
    'header',
    /293 frames.*only 100.*cut off/,
    null,
  ],
  [
    'EVENT:USED 13, 12 labels',
    edit(PIG, (b) => dv(b).setInt16(dataAt(b, 'EVENT', 'USED'), 13, true)),
    'inconsistent',
    'EVENT:LABELS',
    /12 events.*EVENT:USED says 13/,
    null,
  ],
  [
    'EVENT:TIMES dims [2, 11] for 12 events',
    edit(PIG, (b) => (b[paramAt(b, 'EVENT', 'TIMES') + 3] = 11)),
    'inconsistent',
    'EVENT:TIMES',
    /11 events.*says 12/,
    null,
  ],
  [
    'EVENT:CONTEXTS dims [n, 11] for 12 events',
    edit(PIG, (b) => (b[paramAt(b, 'EVENT', 'CONTEXTS') + 3] = 11)),
    'inconsistent',
    'EVENT:CONTEXTS',
    /11 events.*says 12/,
    null,
  ],
  [
    'EVENT:TIMES[0] seconds NaN',
    edit(PIG, (b) => setFloat(b, dataAt(b, 'EVENT', 'TIMES', 1), NaN)),
    'schema',
    'EVENT:TIMES[0]',
    /no valid time/,
    null,
  ],
];

function pyC3d(bytes: Uint8Array): { ok: boolean; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gaitlens-c3d-'));
  const file = join(dir, 'case.c3d');
  writeFileSync(file, bytes);
  const r = spawnSync('python3', ['../shared/tools/readers/c3d_read.py', file], {
    encoding: 'utf8',
  });
  return JSON.parse(r.stdout) as { ok: boolean; error?: string };
}

describe('readC3d(bytes) refuses real files with one contradiction, with code, place and reason', () => {
  it.each(c3dCases)('readC3d(bytes) refuses: %s', (_name, make, code, path, says, py) => {
    const bytes = make();
    const err = caughtInputFormatError(() => readC3d(bytes));
    expect(err.code).toBe(code);
    expect(err.path).toContain(path);
    expect(err.message).toMatch(says);
    if (py) expect(pyC3d(bytes).error).toMatch(py);
  });

  it.each(REAL)(
    'readC3d(%s) reads the real file (no false refusal), py-c3d too, no event outside',
    (name) => {
      const bytes = raw(name);
      const d = readC3d(bytes);
      expect(d.eventsOutsideRecording).toEqual([]);
      const py = pyC3d(bytes);
      expect(py.ok).toBe(true);
      expect(d.frameCount).toBe((py as unknown as { frames: number }).frames);
    },
  );

  it('readC3d(bytes) keeps an event 10 s after the recording (7.24–10.16 s) apart instead of using it', () => {
    // Event 0 is Left Foot Strike at 7.85 s (README); move it to 20.25 s, outside the trial.
    const d = readC3d(edit(PIG, (b) => setFloat(b, dataAt(b, 'EVENT', 'TIMES', 1), 20.25))());
    expect(d.events).toHaveLength(11);
    expect(d.eventsOutsideRecording).toEqual([
      { label: 'Foot Strike', context: 'Left', timeS: 20.25 },
    ]);
    // One frame past the last frame (10.16 s + 0.01 s) still counts as inside.
    const edge = readC3d(edit(PIG, (b) => setFloat(b, dataAt(b, 'EVENT', 'TIMES', 1), 10.17))());
    expect(edge.events).toHaveLength(12);
  });
});
