import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landmarkIndex } from '../../../src/core/skeleton/landmarks';
import type { Skeleton } from '../../../src/core/skeleton/types';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';
import { readC3d } from '../../../src/export/c3d/readC3d';
import { writeC3d } from '../../../src/export/c3d/writeC3d';
import {
  FIXTURE_EMPTY_FRAME,
  makeSyntheticEvents,
  makeSyntheticSkeleton,
} from '../fixtures/syntheticSkeleton';

const F32_MM = 1e-3; // float32 of values below 10 m in mm is exact to about 5e-4 mm
const SCALE_M = 2; // metres per image height given to the writer
const words = (b: Uint8Array): number[] =>
  Array.from({ length: 256 }, (_, i) => b[2 * i]! | (b[2 * i + 1]! << 8));
const FEET = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'] as const;

// The floor of the documented frame: the lowest image y (largest) of any heel or toe.
function floorY(s: Skeleton): number {
  return Math.max(
    ...s.frames.flatMap((f) => (f.image ? FEET.map((n) => f.image![landmarkIndex(n)]![1]) : [])),
  );
}

describe('readC3d(writeC3d(skeleton, events))', () => {
  const skeleton = makeSyntheticSkeleton();
  const events = makeSyntheticEvents();
  const bytes = writeC3d(skeleton, events, { metresPerUnit: SCALE_M });
  const d = readC3d(bytes);
  const real = new Uint8Array(readFileSync('../shared/data/c3d/PiG_Motion3_FF.c3d'));
  const vicon = readC3d(real);

  it('writeC3d(skeleton, events) writes an Intel float file with a POINT group', () => {
    expect(bytes.length % 512).toBe(0);
    expect(bytes[1]).toBe(0x50);
    expect(d.processor).toBe('intel');
    expect(d.storage).toBe('float');
    expect([d.pointCount, d.pointRateHz, d.firstFrame, d.lastFrame, d.frameCount]).toEqual([
      33, 30, 1, 60, 60,
    ]);
    expect(d.scale).toBe(-1);
    expect(d.pointUnits).toBe('mm');
    expect(d.parameters.POINT!.FRAMES).toMatchObject({ values: [60] });
    expect(d.points.map((p) => p.label)).toEqual([...skeleton.landmarkNames]);
  });

  it('writeC3d(skeleton, events) puts the event key 12345 in header word 150, as the Vicon and CODA files do', () => {
    expect(words(real.subarray(0, 512)).indexOf(12345)).toBe(149);
    expect(words(bytes).indexOf(12345)).toBe(149);
    expect(words(bytes)[150]).toBe(0);
  });

  it('writeC3d(s) has no analogs and header words 3 and 10 agree with ANALOG:USED and ANALOG:RATE / POINT:RATE, as in the Vicon file', () => {
    // Vicon: word 3 = ANALOG:USED × word 10 (340 = 34 × 10), word 10 = ANALOG:RATE / POINT:RATE (1000 / 100).
    const wv = words(real.subarray(0, 512));
    const av = vicon.parameters.ANALOG!;
    const num = (p: unknown): number => (p as { values: number[] }).values[0]!;
    expect([wv[2], wv[9]]).toEqual([num(av.USED) * wv[9]!, num(av.RATE) / vicon.pointRateHz]);
    const w = words(bytes);
    const a = d.parameters.ANALOG!;
    expect(num(a.USED)).toBe(0);
    expect([w[2], w[9]]).toEqual([0, 1]);
    expect(num(a.RATE) / d.pointRateHz).toBe(w[9]);
  });

  it('writeC3d(s) writes the POINT, TRIAL, EVENT_CONTEXT and SUBJECTS parameters the Vicon Nexus file has', () => {
    const strings = (g: string, n: string, c: typeof d): string[] =>
      (c.parameters[g]![n] as { strings: string[] }).strings.map((s) => s.trim());
    for (const [g, n] of [
      ['POINT', 'X_SCREEN'],
      ['POINT', 'Y_SCREEN'],
      ['POINT', 'UNITS'],
      ['EVENT_CONTEXT', 'LABELS'],
      ['EVENT_CONTEXT', 'DESCRIPTIONS'],
    ] as const)
      expect(strings(g, n, d)).toEqual(strings(g, n, vicon));
    expect(d.parameters.EVENT_CONTEXT!.COLOURS).toEqual(vicon.parameters.EVENT_CONTEXT!.COLOURS);
    expect(d.parameters.EVENT_CONTEXT!.ICON_IDS).toMatchObject({ values: [0, 1, 2] });
    expect(d.parameters.TRIAL!.ACTUAL_START_FIELD).toMatchObject({ values: [1, 0] });
    expect(d.parameters.TRIAL!.ACTUAL_END_FIELD).toMatchObject({ values: [60, 0] });
    expect(d.parameters.POINT!.DATA_START).toMatchObject({ values: [words(bytes)[8]] });
    for (const n of ['USED', 'FRAMES', 'DATA_START', 'SCALE', 'RATE', 'LABELS', 'DESCRIPTIONS'])
      expect(Object.keys(vicon.parameters.POINT!)).toContain(n);
    expect(strings('SUBJECTS', 'NAMES', d)).toEqual(['Subject']);
  });

  it('readC3d(writeC3d(s)) returns the image landmarks in mm: X = x · aspect · scale, Y = 0, Z = (floor − y) · scale', () => {
    const aspect = 640 / 360;
    const floor = floorY(skeleton);
    for (const name of ['nose', 'left_wrist', 'right_shoulder']) {
      const j = landmarkIndex(name as 'nose');
      const p = d.points[j]!;
      skeleton.frames.forEach((f, i) => {
        if (!f.image) return;
        const [x, y] = f.image[j]!;
        expect(Math.abs(p.x[i]! - x * aspect * SCALE_M * 1000)).toBeLessThanOrEqual(F32_MM);
        expect(p.y[i]).toBe(0);
        expect(Math.abs(p.z[i]! - (floor - y) * SCALE_M * 1000)).toBeLessThanOrEqual(F32_MM);
        expect(p.residual[i]).toBe(0);
      });
    }
    expect(d.points[0]!.x[FIXTURE_EMPTY_FRAME]).toBeNaN();
    expect(d.points[0]!.residual[FIXTURE_EMPTY_FRAME]).toBe(-1);
    const lowest = Math.min(...d.points.flatMap((p) => [...p.z].filter(Number.isFinite)));
    expect(lowest).toBeGreaterThanOrEqual(0);
  });

  it('readC3d(writeC3d(s, events)) returns the events with Left/Right contexts and times within 1 µs', () => {
    const sorted = [...events].sort((a, b) => a.timeS - b.timeS);
    expect(d.events).toHaveLength(sorted.length);
    d.events.forEach((e, i) => {
      const want = sorted[i]!;
      expect(e.context).toBe(want.side === 'left' ? 'Left' : 'Right');
      expect(e.label).toBe(want.type === 'heel-strike' ? 'Foot Strike' : 'Foot Off');
      expect(Math.abs(e.timeS - want.timeS)).toBeLessThan(1e-6);
    });
    expect(d.parameters.EVENT!.TIMES!.dims).toEqual([2, 8]);
    expect(d.parameters.EVENT!.USED).toMatchObject({ values: [8] });
    const subjects = d.parameters.EVENT!.SUBJECTS as { dims: number[]; strings: string[] };
    expect(subjects.dims).toEqual([7, 8]);
    expect(new Set(subjects.strings)).toEqual(new Set(['Subject']));
  });

  it('writeC3d(skeleton, []) writes an EVENT group with USED 0 that reads back as no events', () => {
    const empty = readC3d(writeC3d(skeleton, []));
    expect(empty.events).toEqual([]);
    expect(empty.parameters.EVENT!.USED).toMatchObject({ values: [0] });
  });

  it('writeC3d(skeleton, events) throws RangeError for more than 255 events', () => {
    const many = Array.from({ length: 256 }, (_, i) => ({ ...events[0]!, timeS: i * 0.01 }));
    expect(() => writeC3d(skeleton, many)).toThrow(RangeError);
  });

  it('writeC3d(s) numbers frames from round(t0 · rate) + 1, so a skeleton starting at 2 s starts at frame 61', () => {
    const late = {
      ...skeleton,
      frames: skeleton.frames.map((f) => ({ ...f, timeS: f.timeS + 2 })),
    };
    const r = readC3d(writeC3d(late, []));
    expect([r.firstFrame, r.lastFrame]).toEqual([61, 120]);
  });
});

describe('writeC3d(swapped skeleton)', () => {
  it('writeC3d(s) exchanges the legs back where the pose model swapped them (synthetic walker, swap 2.0–2.5 s)', () => {
    const truth = synthesizeSkeleton({ durationS: 4, seed: 5 }).skeleton;
    const swapped = synthesizeSkeleton({
      durationS: 4,
      seed: 5,
      legSwaps: [{ startS: 2, durationS: 0.5 }],
    }).skeleton;
    const a = readC3d(writeC3d(truth, [], { metresPerUnit: 1 }));
    const b = readC3d(writeC3d(swapped, [], { metresPerUnit: 1 }));
    for (const name of ['left_heel', 'right_foot_index', 'left_knee'] as const) {
      const j = landmarkIndex(name);
      for (let i = 0; i < truth.frames.length; i++)
        expect(Math.abs(b.points[j]!.x[i]! - a.points[j]!.x[i]!)).toBeLessThanOrEqual(F32_MM);
    }
  });
});
