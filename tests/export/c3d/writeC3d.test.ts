import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landmarkIndex } from '../../../src/core/skeleton/landmarks';
import { readC3d } from '../../../src/export/c3d/readC3d';
import { writeC3d } from '../../../src/export/c3d/writeC3d';
import {
  FIXTURE_EMPTY_FRAME,
  makeSyntheticEvents,
  makeSyntheticSkeleton,
} from '../fixtures/syntheticSkeleton';

const F32_MM = 1e-3; // float32 of values below 1000 mm is exact to about 6e-5 mm

describe('readC3d(writeC3d(skeleton, events))', () => {
  const skeleton = makeSyntheticSkeleton();
  const events = makeSyntheticEvents();
  const bytes = writeC3d(skeleton, events);
  const d = readC3d(bytes);

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
    const words = (b: Uint8Array): number[] =>
      Array.from({ length: 256 }, (_, i) => b[2 * i]! | (b[2 * i + 1]! << 8));
    const real = new Uint8Array(
      readFileSync('../shared/data/c3d/PiG_Motion3_FF.c3d').subarray(0, 512),
    );
    expect(words(real).indexOf(12345)).toBe(149);
    expect(words(bytes).indexOf(12345)).toBe(149);
    expect(words(bytes)[150]).toBe(0);
  });

  it('readC3d(writeC3d(s)) returns world positions in mm, Z up (X = x, Y = z, Z = −y)', () => {
    const j = landmarkIndex('right_heel');
    const heel = d.points[j]!;
    skeleton.frames.forEach((f, i) => {
      if (!f.world) return;
      const [x, y, z] = f.world[j]!;
      expect(Math.abs(heel.x[i]! - x * 1000)).toBeLessThanOrEqual(F32_MM);
      expect(Math.abs(heel.y[i]! - z * 1000)).toBeLessThanOrEqual(F32_MM);
      expect(Math.abs(heel.z[i]! + y * 1000)).toBeLessThanOrEqual(F32_MM);
      expect(heel.residual[i]).toBe(0);
    });
    expect(heel.x[FIXTURE_EMPTY_FRAME]).toBeNaN();
    expect(heel.residual[FIXTURE_EMPTY_FRAME]).toBe(-1);
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
});
