/**
 * Writer of C3D files from a skeleton and its gait events (reader: readC3d.ts): Intel processor type, float
 * point data in mm, no analog channels, events in the EVENT group.
 */
import type { GaitEvent } from '../../core/events/types';
import type { Skeleton } from '../../core/skeleton/types';
import { writeC3dParameters } from './writeC3dParameters';
import type { C3dGroupInput } from './writeC3dParameters';

const BLOCK = 512;
/** Point scale factor: negative means float storage; |scale| scales the residual word (C3D User Guide). */
export const C3D_FLOAT_SCALE = -1;

/** Options of {@link writeC3d}. */
export interface C3dWriteParams {
  /** Text of MANUFACTURER:SOFTWARE (default `GaitLens`). */
  software: string;
}

/** Defaults of {@link writeC3d}. */
export const DEFAULT_C3D_WRITE_PARAMS: Readonly<C3dWriteParams> = Object.freeze({
  software: 'GaitLens',
});

/** Name of the one subject in SUBJECTS:NAMES and EVENT:SUBJECTS (no patient identifier is written). */
const SUBJECT = 'subject';

const EVENT_LABELS = { 'heel-strike': 'Foot Strike', 'toe-off': 'Foot Off' } as const;
const EVENT_DESCRIPTIONS = {
  'heel-strike': 'The instant the heel strikes the ground',
  'toe-off': 'The instant the toe leaves the ground',
} as const;

/**
 * Write a skeleton's world landmarks and its gait events as a C3D file.
 * @param skeleton - the skeleton; not modified
 * @param events - final gait events (manual edits applied); not modified
 * @param params - see {@link DEFAULT_C3D_WRITE_PARAMS}
 * @returns the file bytes
 * @throws RangeError for more than 65,535 frames or more than 255 events (C3D header and dimension limits)
 * @remarks Points are the 33 BlazePose landmarks, labelled with their names. MediaPipe world coordinates
 *   (hip-centred, y down, z away from the camera, metres) become a right-handed Z-up frame in mm:
 *   X = x, Y = z, Z = −y (POINT:X_SCREEN `+X`, Y_SCREEN `+Z`). Frames are written in order at the nominal
 *   `fpsHz`; frame 1 is time 0. A frame without a subject has every point invalid (fourth word −1). Events go
 *   to EVENT (LABELS `Foot Strike`/`Foot Off`, CONTEXTS `Left`/`Right`, TIMES as [minutes, seconds] pairs
 *   with the recording's own seconds, USED), sorted by time; the header's own event table is left empty.
 */
export function writeC3d(
  skeleton: Skeleton,
  events: readonly GaitEvent[],
  params: Partial<C3dWriteParams> = {},
): Uint8Array {
  const p = { ...DEFAULT_C3D_WRITE_PARAMS, ...params };
  const nFrames = skeleton.frames.length;
  const nPoints = skeleton.landmarkNames.length;
  if (nFrames > 65_535)
    throw new RangeError(`C3D holds at most 65,535 frames; this skeleton has ${nFrames}`);
  const sorted = [...events].sort((a, b) => a.timeS - b.timeS);
  const rate = skeleton.fpsHz;

  // The parameter section's length depends on DATA_START's value only through its digits, never its size.
  const section = (dataStart: number): Uint8Array =>
    writeC3dParameters(groups(skeleton, sorted, dataStart, p.software));
  const paramBlocks = section(0).length / BLOCK;
  const dataStart = 2 + paramBlocks;
  const paramBytes = section(dataStart);

  const frameBytes = nPoints * 16;
  const dataBytes = nFrames * frameBytes;
  const total = (dataStart - 1) * BLOCK + Math.ceil(dataBytes / BLOCK) * BLOCK;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out[0] = 2;
  out[1] = 0x50;
  view.setUint16(2, nPoints, true);
  view.setUint16(4, 0, true); // analog samples per frame
  view.setUint16(6, 1, true); // first frame
  view.setUint16(8, nFrames, true); // last frame (0 when empty)
  view.setUint16(10, 0, true); // max interpolation gap
  view.setFloat32(12, C3D_FLOAT_SCALE, true);
  view.setUint16(16, dataStart, true);
  view.setUint16(18, 1, true); // analog samples per frame = ANALOG:RATE / POINT:RATE (no channels)
  view.setFloat32(20, rate, true);
  view.setUint16(298, 12345, true); // word 150: key, 4-character event labels supported
  view.setUint16(300, 0, true); // word 151: header events: none (events are in the EVENT group)
  out.set(paramBytes, BLOCK);

  let o = (dataStart - 1) * BLOCK;
  for (const f of skeleton.frames) {
    for (let i = 0; i < nPoints; i++) {
      const w = f.world?.[i];
      view.setFloat32(o, w ? w[0] * 1000 : 0, true);
      view.setFloat32(o + 4, w ? w[2] * 1000 : 0, true);
      view.setFloat32(o + 8, w ? -w[1] * 1000 : 0, true);
      view.setFloat32(o + 12, w ? 0 : -1, true);
      o += 16;
    }
  }
  return out;
}

function groups(
  skeleton: Skeleton,
  events: readonly GaitEvent[],
  dataStart: number,
  software: string,
): C3dGroupInput[] {
  const n = skeleton.frames.length;
  const rate = skeleton.fpsHz;
  const labels = [...skeleton.landmarkNames];
  const ctx = events.map((e) => (e.side === 'left' ? 'Left' : 'Right'));
  return [
    {
      name: 'TRIAL',
      params: [
        { name: 'ACTUAL_START_FIELD', type: 'int16', values: [1, 0] },
        { name: 'ACTUAL_END_FIELD', type: 'int16', values: [toInt16(n), 0] },
        { name: 'CAMERA_RATE', type: 'float', values: [rate], scalar: true },
      ],
    },
    {
      name: 'POINT',
      description: '3-D point parameters',
      params: [
        { name: 'USED', type: 'int16', values: [labels.length], scalar: true },
        { name: 'FRAMES', type: 'int16', values: [toInt16(n)], scalar: true },
        { name: 'DATA_START', type: 'int16', values: [dataStart], scalar: true },
        { name: 'SCALE', type: 'float', values: [C3D_FLOAT_SCALE], scalar: true },
        { name: 'RATE', type: 'float', values: [rate], scalar: true },
        { name: 'UNITS', strings: ['mm'], scalar: true },
        { name: 'LABELS', strings: labels },
        { name: 'DESCRIPTIONS', strings: labels.map((l) => `BlazePose ${l}`) },
        { name: 'X_SCREEN', strings: ['+X'], scalar: true },
        { name: 'Y_SCREEN', strings: ['+Z'], scalar: true },
      ],
    },
    {
      name: 'ANALOG',
      params: [
        { name: 'USED', type: 'int16', values: [0], scalar: true },
        { name: 'RATE', type: 'float', values: [rate], scalar: true },
        { name: 'GEN_SCALE', type: 'float', values: [1], scalar: true },
      ],
    },
    {
      name: 'SUBJECTS',
      params: [
        { name: 'USED', type: 'int16', values: [1], scalar: true },
        { name: 'NAMES', strings: [SUBJECT] },
        { name: 'MARKER_SETS', strings: ['BlazePose'] },
      ],
    },
    {
      name: 'EVENT_CONTEXT',
      params: [
        { name: 'USED', type: 'int16', values: [2], scalar: true },
        { name: 'LABELS', strings: ['Left', 'Right'] },
        { name: 'ICON_IDS', type: 'int16', values: [0, 0] },
      ],
    },
    {
      name: 'EVENT',
      params: [
        { name: 'USED', type: 'int16', values: [events.length], scalar: true },
        { name: 'CONTEXTS', strings: ctx },
        { name: 'LABELS', strings: events.map((e) => EVENT_LABELS[e.type]) },
        { name: 'DESCRIPTIONS', strings: events.map((e) => EVENT_DESCRIPTIONS[e.type]) },
        { name: 'SUBJECTS', strings: events.map(() => SUBJECT) },
        {
          name: 'TIMES',
          type: 'float',
          dims: [2, events.length],
          values: events.flatMap((e) => [
            Math.floor(e.timeS / 60),
            e.timeS - 60 * Math.floor(e.timeS / 60),
          ]),
        },
        {
          name: 'ICON_IDS',
          type: 'int16',
          values: events.map((e) => (e.type === 'heel-strike' ? 1 : 2)),
        },
        { name: 'GENERIC_FLAGS', type: 'int16', values: events.map(() => 0) },
      ],
    },
    {
      name: 'MANUFACTURER',
      params: [
        { name: 'COMPANY', strings: ['GaitLens'], scalar: true },
        { name: 'SOFTWARE', strings: [software], scalar: true },
      ],
    },
  ];
}

function toInt16(v: number): number {
  return v > 32767 ? v - 65536 : v;
}
