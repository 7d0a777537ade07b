/**
 * Writer of C3D files from a skeleton and its gait events (reader: readC3d.ts): Intel processor type, float
 * point data in mm, no analog channels, events in the EVENT group. Checked by py-c3d (docs/export-formats.md).
 */
import type { GaitEvent } from '../../core/events/types';
import type { Skeleton } from '../../core/skeleton/types';
import { videoLabFrame } from '../videoLabFrame';
import { c3dGroups } from './writeC3dGroups';
import { writeC3dParameters } from './writeC3dParameters';

const BLOCK = 512;
/** Point scale factor: negative means float storage; |scale| scales the residual word (C3D User Guide). */
export const C3D_FLOAT_SCALE = -1;

/** Options of {@link writeC3d}. */
export interface C3dWriteParams {
  /** Text of MANUFACTURER:SOFTWARE (default `GaitLens`). */
  software: string;
  /** Metres per image-height unit from the analysis (`MeasurementsResult.scale`); null: estimated (see videoLabFrame). */
  metresPerUnit: number | null;
}

/** Defaults of {@link writeC3d}. */
export const DEFAULT_C3D_WRITE_PARAMS: Readonly<C3dWriteParams> = Object.freeze({
  software: 'GaitLens',
  metresPerUnit: null,
});

/**
 * Write a skeleton's landmarks and its gait events as a C3D file.
 * @param skeleton - the skeleton; not modified
 * @param events - final gait events (manual edits applied); not modified
 * @param params - see {@link DEFAULT_C3D_WRITE_PARAMS}
 * @returns the file bytes
 * @throws RangeError for more than 65,535 frames or more than 255 events (C3D header and dimension limits)
 * @remarks Points are the 33 BlazePose landmarks, labelled with their names, in mm in the lab frame of
 *   `videoLabFrame` (the image landmarks the video analysis reads, scaled to metres, forward progression
 *   kept): X forward (image right), Y depth (away from the camera, constant per landmark), Z up, floor at
 *   Z = 0; POINT:X_SCREEN `+X`, Y_SCREEN `+Z` as Vicon writes them. Frame k of the skeleton is C3D frame
 *   `round(t0 · rate) + 1 + k` (t0 = time of the skeleton's first frame), so the point times and the event
 *   times are both the recording's seconds. A frame without a subject has every point invalid (fourth
 *   word −1). Header and parameters agree as py-c3d, ezc3d and BTK check them: word 3 (analog values per
 *   frame) 0 = ANALOG:USED 0 × word 10 (analog samples per frame) 1, and ANALOG:RATE = POINT:RATE × 1
 *   (c3d.org, ANALOG:RATE). Events go to EVENT (see `c3dGroups`), sorted by time; the header's own event
 *   table is left empty.
 */
export function writeC3d(
  skeleton: Skeleton,
  events: readonly GaitEvent[],
  params: Partial<C3dWriteParams> = {},
): Uint8Array {
  const p = { ...DEFAULT_C3D_WRITE_PARAMS, ...params };
  const nFrames = skeleton.frames.length;
  const nPoints = skeleton.landmarkNames.length;
  const rate = skeleton.fpsHz;
  const firstFrame = Math.max(1, Math.round((skeleton.frames[0]?.timeS ?? 0) * rate) + 1);
  const lastFrame = firstFrame + nFrames - 1;
  if (lastFrame > 65_535)
    throw new RangeError(`C3D holds frames 1 to 65,535; this skeleton needs up to ${lastFrame}`);
  const sorted = [...events].sort((a, b) => a.timeS - b.timeS);
  const lab = videoLabFrame(skeleton, p.metresPerUnit);
  const frames = { first: firstFrame, last: lastFrame, count: nFrames, rateHz: rate };

  // The parameter section's length depends on DATA_START's value only through its digits, never its size.
  const section = (dataStart: number): Uint8Array =>
    writeC3dParameters(
      c3dGroups({
        labels: skeleton.landmarkNames,
        frames,
        dataStart,
        scale: C3D_FLOAT_SCALE,
        events: sorted,
        software: p.software,
        metresPerUnit: lab.metresPerUnit,
      }),
    );
  const paramBlocks = section(0).length / BLOCK;
  const dataStart = 2 + paramBlocks;
  const paramBytes = section(dataStart);

  const dataBytes = nFrames * nPoints * 16;
  const total = (dataStart - 1) * BLOCK + Math.ceil(dataBytes / BLOCK) * BLOCK;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out[0] = 2;
  out[1] = 0x50;
  view.setUint16(2, nPoints, true); // word 2: points
  view.setUint16(4, 0, true); // word 3: analog values per frame, all channels (0 channels × 1)
  view.setUint16(6, firstFrame, true); // word 4
  view.setUint16(8, lastFrame, true); // word 5
  view.setUint16(10, 0, true); // word 6: max interpolation gap
  view.setFloat32(12, C3D_FLOAT_SCALE, true); // words 7–8
  view.setUint16(16, dataStart, true); // word 9
  view.setUint16(18, 1, true); // word 10: analog samples per frame (ANALOG:RATE / POINT:RATE)
  view.setFloat32(20, rate, true); // words 11–12
  view.setUint16(298, 12345, true); // word 150: key, 4-character event labels supported
  view.setUint16(300, 0, true); // word 151: header events: none (events are in the EVENT group)
  out.set(paramBytes, BLOCK);

  let o = (dataStart - 1) * BLOCK;
  for (const f of lab.framesM) {
    for (let i = 0; i < nPoints; i++) {
      view.setFloat32(o, f ? f[3 * i]! * 1000 : 0, true);
      view.setFloat32(o + 4, f ? f[3 * i + 1]! * 1000 : 0, true);
      view.setFloat32(o + 8, f ? f[3 * i + 2]! * 1000 : 0, true);
      view.setFloat32(o + 12, f ? 0 : -1, true);
      o += 16;
    }
  }
  return out;
}
