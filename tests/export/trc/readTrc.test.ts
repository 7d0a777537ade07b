import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFormatCode } from '../../../src/core/errors';
import { landmarkIndex } from '../../../src/core/skeleton/landmarks';
import { readTrc } from '../../../src/export/trc/readTrc';
import { POSE2SIM_BLAZEPOSE_MARKERS } from '../../../src/export/trc/pose2simMarkers';
import { writeTrc } from '../../../src/export/trc/writeTrc';
import { FIXTURE_EMPTY_FRAME, makeSyntheticSkeleton } from '../fixtures/syntheticSkeleton';
import { caughtInputFormatError } from '../../helpers/caughtInputFormatError';

const UM = 1e-6; // the writer rounds to 1 µm

const SCALE_M = 2; // metres per image height given to the writer

describe('readTrc(writeTrc(skeleton))', () => {
  it('writeTrc(skeleton) writes the header OpenSim expects, laid out as OpenSim writes it', () => {
    const lines = writeTrc(makeSyntheticSkeleton(), { fileName: 'walk.trc' }).split('\n');
    expect(lines[0]).toBe('PathFileType\t4\t(X/Y/Z)\twalk.trc');
    expect(lines[1]).toBe(
      'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
    );
    expect(lines[2]).toBe('30\t30\t60\t25\tm\t30\t1\t60');
    expect(
      lines[3]!.startsWith('Frame#\tTime\tnose\t\t\tleft_eye\t\t\tright_eye\t\t\tleft_shoulder'),
    ).toBe(true);
    expect(lines[4]!.startsWith('\t\tX1\tY1\tZ1\tX2\tY2\tZ2')).toBe(true);
    expect(lines[4]!.endsWith('X25\tY25\tZ25\t')).toBe(true);
    expect(lines[5]).toBe('');
    // Every data row, the empty frame's included, has 2 + 3 × 25 cells, each followed by a tab.
    for (const row of lines.slice(6, 66)) expect(row.split('\t')).toHaveLength(2 + 3 * 25 + 1);
    expect(lines[6 + FIXTURE_EMPTY_FRAME]!.endsWith('\t\t\t')).toBe(true);
  });

  it('writeTrc(skeleton) uses the 25 Pose2Sim BlazePose marker names, heels and foot indices included', () => {
    expect(POSE2SIM_BLAZEPOSE_MARKERS).toHaveLength(25);
    expect(POSE2SIM_BLAZEPOSE_MARKERS).toContain('left_heel');
    expect(POSE2SIM_BLAZEPOSE_MARKERS).toContain('right_foot_index');
    expect(POSE2SIM_BLAZEPOSE_MARKERS).not.toContain('left_ear');
    expect(readTrc(writeTrc(makeSyntheticSkeleton(), { markerSet: 'all' })).markers).toHaveLength(
      33,
    );
  });

  it('readTrc(writeTrc(s)) returns the image landmarks in metres, Y up: X = x · aspect · scale, Y = (floor − y) · scale, Z = 0, within 1 µm', () => {
    const skeleton = makeSyntheticSkeleton();
    const trc = readTrc(writeTrc(skeleton, { metresPerUnit: SCALE_M }));
    expect(trc.dataRateHz).toBe(30);
    expect(trc.sourceUnits).toBe('m');
    expect(trc.timesS).toHaveLength(60);
    const feet = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'] as const;
    const floor = Math.max(
      ...skeleton.frames.flatMap((f) =>
        f.image ? feet.map((n) => f.image![landmarkIndex(n)]![1]) : [],
      ),
    );
    for (const name of ['nose', 'left_wrist'] as const) {
      const m = trc.markers.find((k) => k.name === name)!;
      const j = landmarkIndex(name);
      skeleton.frames.forEach((f, i) => {
        expect(trc.timesS[i]).toBeCloseTo(f.timeS, 6);
        if (!f.image) return;
        const [x, y] = f.image[j]!;
        expect(Math.abs(m.xM[i]! - x * (640 / 360) * SCALE_M)).toBeLessThanOrEqual(UM);
        expect(Math.abs(m.yM[i]! - (floor - y) * SCALE_M)).toBeLessThanOrEqual(UM);
        expect(m.zM[i]).toBe(0);
      });
      expect(m.xM[FIXTURE_EMPTY_FRAME]).toBeNaN();
    }
    expect(trc.frameNumbers[0]).toBe(1);
  });
});

// A lab-style TRC (Vicon layout): mm, CRLF, a blank line before the data, NaN and empty cells.
const LAB_TRC = [
  'PathFileType\t4\t(X/Y/Z)\twalk01.trc',
  'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
  '100.00\t100.00\t3\t2\tmm\t100.00\t725\t3',
  'Frame#\tTime\tLHEE\t\t\tRHEE\t\t\t',
  '\t\tX1\tY1\tZ1\tX2\tY2\tZ2',
  '',
  '725\t7.240\t195.3139\t-1791.1927\t76.3043\t241.6791\t-1243.4359\t47.7381',
  '726\t7.250\t195.5\t-1780.0\t76.0\tNaN\tNaN\tNaN',
  '727\t7.260\t196.0\t-1770.0\t75.5\t\t\t',
].join('\r\n');

describe('readTrc(labText)', () => {
  it('readTrc(text) reads any marker names in mm and converts to metres', () => {
    const trc = readTrc(LAB_TRC);
    expect(trc.sourceUnits).toBe('mm');
    expect(trc.dataRateHz).toBe(100);
    expect(trc.markers.map((m) => m.name)).toEqual(['LHEE', 'RHEE']);
    expect(Array.from(trc.frameNumbers)).toEqual([725, 726, 727]);
    expect(trc.markers[0]!.xM[0]).toBeCloseTo(0.1953139, 9);
    expect(trc.markers[0]!.yM[0]).toBeCloseTo(-1.7911927, 9);
    expect(trc.markers[1]!.zM[1]).toBeNaN();
    expect(trc.markers[1]!.xM[2]).toBeNaN();
  });

  it('readTrc(text) rejects a file that is not TRC with code not-trc and the line', () => {
    expect(() => readTrc('hello\nworld')).toThrow(
      expect.objectContaining({ code: 'not-trc', path: 'line 1' }) as Error,
    );
    expect(() => readTrc(LAB_TRC.replace('\tmm\t', '\tinch\t'))).toThrow(
      expect.objectContaining({ code: 'not-trc', path: 'line 3' }) as Error,
    );
  });

  it('readTrc(text) rejects a bad number and non-increasing times, naming the line', () => {
    expect(() => readTrc(LAB_TRC.replace('195.5', 'abc'))).toThrow(
      expect.objectContaining({ code: 'schema', path: 'line 8, LHEE X' }) as Error,
    );
    expect(() => readTrc(LAB_TRC.replace('7.260', '7.250'))).toThrow(
      expect.objectContaining({ code: 'schema', path: 'line 9, Time' }) as Error,
    );
  });
});

// Malformed-input table: OpenSim's subject01_walk1.trc (60 Hz, 151 rows, 41 markers, times 0–2.5 s)
// with exactly one contradiction or impossible value written into it.
const OPENSIM = readFileSync('tests/fixtures/opensim-gait2354/subject01_walk1.trc', 'utf8');
const HEADER = '60.00\t60.00\t       151\t41\tmm';
const lines = OPENSIM.split('\n');
const header = (to: string) => (): string => OPENSIM.replace(HEADER, to);
const line = (n: number, f: (l: string) => string) => (): string =>
  lines.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');
const setTime = (n: number, t: string) =>
  line(n, (l) =>
    l
      .split('\t')
      .map((c, k) => (k === 1 ? t : c))
      .join('\t'),
  );

type TrcCase = [
  name: string,
  make: () => string,
  code: InputFormatCode,
  path: string,
  says: RegExp,
  /** OpenSim's refusal of the same text (transliterated TRCFileAdapter), where it checks this. */
  opensim?: RegExp,
];
const trcCases: TrcCase[] = [
  [
    'DataRate 120, times 60 Hz (cadence would halve)',
    header('120.00\t60.00\t       151\t41\tmm'),
    'inconsistent',
    'line 3, DataRate',
    /DataRate 120\.00 Hz disagrees with the Time column.*60\.00 Hz/,
  ],
  [
    'DataRate 30, times 60 Hz',
    header('30.00\t60.00\t       151\t41\tmm'),
    'inconsistent',
    'line 3, DataRate',
    /DataRate 30\.00 Hz disagrees/,
  ],
  [
    'DataRate 62, times 60 Hz (3 %)',
    header('62.00\t60.00\t       151\t41\tmm'),
    'inconsistent',
    'line 3, DataRate',
    /62\.00 Hz disagrees/,
  ],
  [
    'DataRate 0',
    header('0\t60.00\t       151\t41\tmm'),
    'not-trc',
    'line 3',
    /positive numbers up to 100000 Hz \(found 0 /,
  ],
  ['DataRate −60', header('-60\t60.00\t       151\t41\tmm'), 'not-trc', 'line 3', /found -60 /],
  [
    'DataRate not a number',
    header('sixty\t60.00\t       151\t41\tmm'),
    'not-trc',
    'line 3',
    /found sixty /,
  ],
  ['DataRate 1e9', header('1e9\t60.00\t       151\t41\tmm'), 'not-trc', 'line 3', /found 1e9 /],
  ['CameraRate −60', header('60.00\t-60\t       151\t41\tmm'), 'not-trc', 'line 3', /and -60\)/],
  [
    'NumFrames 150, 151 rows',
    header('60.00\t60.00\t150\t41\tmm'),
    'inconsistent',
    'line 3, NumFrames',
    /NumFrames says 150 but the file has 151 data rows/,
  ],
  [
    'NumFrames 300, 151 rows',
    header('60.00\t60.00\t300\t41\tmm'),
    'inconsistent',
    'line 3, NumFrames',
    /says 300 but .* 151/,
  ],
  [
    'NumMarkers 40, 41 names',
    header('60.00\t60.00\t       151\t40\tmm'),
    'inconsistent',
    'line 3, NumMarkers',
    /NumMarkers says 40 but line 4 names 41 markers/,
    /IncorrectNumColumnLabels expected 42 got 43/,
  ],
  [
    'a row with a value beyond the 41 markers',
    line(9, (l) => `${l}\t12.5`),
    'inconsistent',
    'line 9',
    /column 127, beyond the 41 markers named on line 4 \(125 columns\)/,
    /RowLengthMismatch: line 9: expected 125 columns, got 127/,
  ],
  [
    'a time equal to the previous row',
    setTime(10, '0.033000'),
    'schema',
    'line 10, Time',
    /increase/,
  ],
  ['a time going back', setTime(10, '0.010000'), 'schema', 'line 10, Time', /increase/],
];

/** The verdict of the transliterated OpenSim TRC reader (../shared/tools/readers) on a text. */
function openSimCheck(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gaitlens-trc-')), 'case.trc');
  writeFileSync(file, text);
  const r = spawnSync('python3', ['../shared/tools/readers/opensim_trc_check.py', file], {
    encoding: 'utf8',
  });
  return r.stdout;
}

describe('readTrc(text) refuses the OpenSim TRC with one contradiction, with code, line and reason', () => {
  it('readTrc(OpenSim subject01_walk1.trc) reads the real file: 60 Hz, 151 rows, 41 markers (its header)', () => {
    const trc = readTrc(OPENSIM);
    expect([trc.dataRateHz, trc.timesS.length, trc.markers.length]).toEqual([60, 151, 41]);
    expect([trc.timesS[0], trc.timesS[150]]).toEqual([0, 2.5]);
  });

  it('opensim_trc_check(OpenSim subject01_walk1.trc) reads it too: 151 rows, 41 markers', () => {
    expect(openSimCheck(OPENSIM)).toMatch(/OK: 151 rows, 41 markers/);
  });

  it.each(trcCases)('readTrc(text) refuses: %s', (_name, make, code, path, says, opensim) => {
    const text = make();
    if (opensim) expect(openSimCheck(text)).toMatch(opensim);
    const err = caughtInputFormatError(() => readTrc(text));
    expect(err.code).toBe(code);
    expect(err.path).toBe(path);
    expect(err.message).toMatch(says);
  });
});
