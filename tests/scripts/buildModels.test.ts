import { ByteBuffer } from 'flatbuffers';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPoseTask, readPoseDetector } from '../../scripts/build-models.mjs';

/** Read a table field's absolute position (0 when absent). */
function field(bb: ByteBuffer, table: number, id: number): number {
  const vt = table - bb.readInt32(table);
  const slot = 4 + 2 * id;
  if (slot >= bb.readUint16(vt)) return 0;
  const rel = bb.readUint16(vt + slot);
  return rel ? table + rel : 0;
}
const deref = (bb: ByteBuffer, pos: number) => pos + bb.readUint32(pos);
function vector(bb: ByteBuffer, table: number, id: number): number[] {
  const pos = field(bb, table, id);
  if (!pos) return [];
  const v = deref(bb, pos);
  return Array.from({ length: bb.readUint32(v) }, (_, i) => v + 4 + 4 * i);
}
function str(bb: ByteBuffer, pos: number): string {
  const s = deref(bb, pos);
  return new TextDecoder().decode(bb.bytes().subarray(s + 4, s + 4 + bb.readUint32(s)));
}

/** The NormalizationOptions (mean, std) stored in a tflite's TFLITE_METADATA buffer. */
function normalization(model: Uint8Array): { mean: number[]; std: number[]; nBuffers: number } {
  const bb = new ByteBuffer(model);
  expect(bb.__has_identifier('TFL3')).toBe(true);
  const root = deref(bb, 0);
  const buffers = vector(bb, root, 4).map((p) => deref(bb, p));
  const meta = vector(bb, root, 6)
    .map((p) => deref(bb, p))
    .find((t) => str(bb, field(bb, t, 0)) === 'TFLITE_METADATA')!;
  const bufferIndex = bb.readUint32(field(bb, meta, 1));
  const dataPos = deref(bb, field(bb, buffers[bufferIndex]!, 0));
  const data = model.slice(dataPos + 4, dataPos + 4 + bb.readUint32(dataPos));
  const m = new ByteBuffer(data);
  expect(m.__has_identifier('M001')).toBe(true);
  const subgraph = deref(m, vector(m, deref(m, 0), 3)[0]!);
  const tensor = deref(m, vector(m, subgraph, 2)[0]!);
  const unit = deref(m, vector(m, tensor, 4)[0]!);
  expect(m.readUint8(field(m, unit, 0))).toBe(1); // NormalizationOptions
  const opts = deref(m, field(m, unit, 1));
  const floats = (id: number) => vector(m, opts, id).map((p) => m.readFloat32(p));
  return { mean: floats(0), std: floats(1), nBuffers: buffers.length };
}

describe('buildPoseTask(variant)', () => {
  const task = unzipSync(buildPoseTask('lite'));

  it('buildPoseTask("lite") holds the two models at the zip root', () => {
    expect(Object.keys(task).sort()).toEqual([
      'pose_detector.tflite',
      'pose_landmarks_detector.tflite',
    ]);
  });

  it('buildPoseTask("lite") adds input normalisation [-1,1] to the detector and [0,1] to the landmark model', () => {
    const det = normalization(task['pose_detector.tflite']!);
    expect(det).toMatchObject({ mean: [127.5], std: [127.5] });
    const lm = normalization(task['pose_landmarks_detector.tflite']!);
    expect(lm).toMatchObject({ mean: [0], std: [255] });
  });

  it('buildPoseTask("lite") keeps every original buffer and appends one (446 + 1, 321 + 1)', () => {
    expect(normalization(task['pose_detector.tflite']!).nBuffers).toBe(447);
    expect(normalization(task['pose_landmarks_detector.tflite']!).nBuffers).toBe(322);
  });

  it('buildPoseTask("lite") stores the entries uncompressed (the tasks runtime needs a stored zip)', () => {
    const zip = buildPoseTask('lite');
    // Local file header of the first entry: compression method (offset 8) is 0 = stored.
    expect(zip[8]! | (zip[9]! << 8)).toBe(0);
    const original = readFileSync('node_modules/@mediapipe/pose/pose_landmark_lite.tflite');
    expect(task['pose_landmarks_detector.tflite']!.length).toBeGreaterThan(original.length);
  });

  it('readPoseDetector() slices a TFLite model out of the @mediapipe/pose asset package', () => {
    const det = readPoseDetector();
    expect(new TextDecoder().decode(det.subarray(4, 8))).toBe('TFL3');
    expect(det.length % 16).toBe(0);
  });
});
