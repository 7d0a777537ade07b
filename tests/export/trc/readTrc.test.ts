import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landmarkIndex } from '../../../src/core/skeleton/landmarks';
import { readTrc } from '../../../src/export/trc/readTrc';
import { POSE2SIM_BLAZEPOSE_MARKERS } from '../../../src/export/trc/pose2simMarkers';
import { writeTrc } from '../../../src/export/trc/writeTrc';
import { FIXTURE_EMPTY_FRAME, makeSyntheticSkeleton } from '../fixtures/syntheticSkeleton';

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

describe('readTrc(real lab file with one contradiction)', () => {
  // OpenSim's gait2354 trial: line 3 is "60.00\t60.00\t       151\t41\tmm\t60.00\t1\t       151".
  const real = readFileSync('tests/fixtures/opensim-gait2354/subject01_walk1.trc', 'utf8');
  const withLine3 = (line3: string): string => {
    const lines = real.split('\n');
    lines[2] = line3;
    return lines.join('\n');
  };

  it('readTrc(OpenSim subject01_walk1.trc) reads 151 rows at 60 Hz (times printed to 1 ms)', () => {
    const t = readTrc(real);
    expect([t.dataRateHz, t.timesS.length, t.markers.length]).toEqual([60, 151, 41]);
  });

  it.each([
    [
      'DataRate 30 against a 60-Hz Time column',
      '30.00\t30.00\t151\t41\tmm\t30.00\t1\t151',
      'DataRate',
    ],
    ['DataRate 120 against a 60-Hz Time column', '120\t120\t151\t41\tmm\t120\t1\t151', 'DataRate'],
    ['NumFrames 150 for 151 rows', '60.00\t60.00\t150\t41\tmm\t60.00\t1\t151', 'NumFrames'],
  ])('readTrc(%s) is refused with code schema, naming the field', (_, line3, field) => {
    let error: unknown;
    try {
      readTrc(withLine3(line3));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'schema', path: `line 3, ${field}` });
    expect((error as Error).message).toContain(field);
  });
});
