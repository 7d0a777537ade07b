import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSkeleton } from '../../../src/core/analysis/analyzeSkeleton';
import { landmarkIndex } from '../../../src/core/skeleton/landmarks';
import { writeC3d } from '../../../src/export/c3d/writeC3d';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import {
  FIXTURE_EMPTY_FRAME,
  makeSyntheticEvents,
  makeSyntheticSkeleton,
} from '../fixtures/syntheticSkeleton';
import { PYTHON_OK, pyC3dPoints, readC3dWithPyC3d } from '../readers/independentReaders';

// Independent reader: py-c3d 0.6.0 (EmbodiedCognition/py-c3d, ../shared/tools/readers). Before the analog
// fields were made coherent it refused every GaitLens C3D: "inconsistent analog rate! 0 header != 30.0
// analog-fps / 30.0 point-fps".
const F32_MM = 1e-3; // float32 of values below 10 m, in mm
const SCALE_M = 2; // metres per image height given to the writer

describe.skipIf(!PYTHON_OK)('py-c3d reads writeC3d(skeleton, events) (python3 with numpy)', () => {
  const skeleton = makeSyntheticSkeleton();
  const events = makeSyntheticEvents();
  const bytes = writeC3d(skeleton, events, { metresPerUnit: SCALE_M });
  const r = readC3dWithPyC3d(bytes);

  it('py-c3d opens writeC3d(s, events) without error or inconsistency warning', () => {
    expect(r.error).toBeUndefined();
    expect(r.ok).toBe(true);
    // py-c3d warns "No analog data found in file." for every file without analogs; nothing else.
    expect(r.warnings).toEqual(['No analog data found in file.']);
  });

  it('py-c3d reads the labels, rate, frame count, first frame and units that were written', () => {
    expect(r.points).toBe(33);
    expect(r.labels).toEqual([...skeleton.landmarkNames]);
    expect([r.rate_hz, r.frames, r.first_frame, r.units]).toEqual([30, 60, 1, 'mm']);
    // One frame without a subject: 59 frames × 33 valid points, none NaN.
    expect([r.valid_samples, r.nan_in_valid]).toEqual([59 * 33, 0]);
  });

  it('py-c3d reads the events (label, context, time within 1 µs) that were written', () => {
    const sorted = [...events].sort((a, b) => a.timeS - b.timeS);
    expect(r.events.map((e) => [e.label, e.context])).toEqual(
      sorted.map((e) => [
        e.type === 'heel-strike' ? 'Foot Strike' : 'Foot Off',
        e.side === 'left' ? 'Left' : 'Right',
      ]),
    );
    r.events.forEach((e, i) => expect(Math.abs(e.time_s - sorted[i]!.timeS)).toBeLessThan(1e-6));
  });

  it('py-c3d reads the coordinates written for nose and left_wrist (mm), and the empty frame as invalid', () => {
    const aspect = 640 / 360;
    const feet = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'] as const;
    const floor = Math.max(
      ...skeleton.frames.flatMap((f) =>
        f.image ? feet.map((n) => f.image![landmarkIndex(n)]![1]) : [],
      ),
    );
    const frames = [0, 17, FIXTURE_EMPTY_FRAME, 59];
    const pts = pyC3dPoints(bytes, ['nose', 'left_wrist'], frames);
    for (const name of ['nose', 'left_wrist'] as const) {
      frames.forEach((fi, k) => {
        const [x, y, z, residual] = pts[name]![k]!;
        const img = skeleton.frames[fi]!.image?.[landmarkIndex(name)];
        if (!img) {
          expect(residual).toBe(-1);
          return;
        }
        expect(Math.abs(x! - img[0] * aspect * SCALE_M * 1000)).toBeLessThanOrEqual(F32_MM);
        expect(y).toBe(0);
        expect(Math.abs(z! - (floor - img[1]) * SCALE_M * 1000)).toBeLessThanOrEqual(F32_MM);
        expect(residual).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it('py-c3d reads the demo skeleton export: 230 frames at 30 Hz, its 16 events, frames without the subject invalid', () => {
    const demo = readSkeletonJson(
      readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
    );
    const result = analyzeSkeleton(demo);
    const d = readC3dWithPyC3d(writeC3d(demo, result.events));
    expect(d.ok).toBe(true);
    expect([d.frames, d.rate_hz, d.points]).toEqual([230, 30, 33]);
    const withSubject = demo.frames.filter((f) => f.image).length;
    expect(d.valid_samples).toBe(withSubject * 33);
    expect(d.events).toHaveLength(result.events.length);
    const sorted = [...result.events].sort((a, b) => a.timeS - b.timeS);
    d.events.forEach((e, i) => {
      expect(Math.abs(e.time_s - sorted[i]!.timeS)).toBeLessThan(1e-5); // float32 seconds near 7 s
      expect(e.context).toBe(sorted[i]!.side === 'left' ? 'Left' : 'Right');
    });
  });
});
