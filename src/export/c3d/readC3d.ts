/**
 * Reader of C3D files (writer: writeC3d.ts): Intel, DEC and SGI processor types, float and int16 point data,
 * the whole parameter section and the EVENT group. Analog samples are skipped.
 */
import { InputFormatError } from '../../core/errors';
import { makeC3dNumberReader } from './c3dNumbers';
import type {
  C3dData,
  C3dEvent,
  C3dParam,
  C3dParameters,
  C3dPoint,
  C3dProcessor,
} from './c3dTypes';
import { readC3dParameters } from './readC3dParameters';

const BLOCK = 512;
const PROCESSORS: Record<number, C3dProcessor> = { 84: 'intel', 85: 'dec', 86: 'sgi' };

const num = (p: C3dParam | undefined, i = 0): number | undefined =>
  p && p.type !== 'char' ? p.values[i] : undefined;
const str = (p: C3dParam | undefined): string[] => (p && p.type === 'char' ? p.strings : []);

/**
 * Read a C3D file.
 * @param bytes - the whole file
 * @returns header facts, parameters, point trajectories (in POINT:UNITS, usually mm) and events
 * @throws InputFormatError `not-c3d` when the file is not C3D (bad key byte, unknown processor type, truncated data)
 * @remarks A sample is invalid when its fourth word is negative; its coordinates are then NaN and its residual −1.
 *   Valid samples carry the residual as the low byte of the fourth word times |scale|. Int16 coordinates are
 *   multiplied by POINT:SCALE (the header scale when absent).
 */
export function readC3d(bytes: Uint8Array): C3dData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 2 * BLOCK || bytes[1] !== 0x50)
    throw new InputFormatError('not-c3d', 'This is not a C3D file: byte 2 must be 0x50', 'byte 1');
  const paramStart = (bytes[0]! - 1) * BLOCK;
  const processor = PROCESSORS[bytes[paramStart + 3] ?? 0];
  if (paramStart < BLOCK || !processor) {
    throw new InputFormatError(
      'not-c3d',
      `This is not a C3D file: unknown processor type ${bytes[paramStart + 3]}`,
      `byte ${paramStart + 3}`,
    );
  }
  const n = makeC3dNumberReader(view, processor);
  const parameters = readC3dParameters(view, n, paramStart);
  const pointCount = n.uint16(2);
  const analogSamplesPerFrame = n.uint16(4);
  const firstFrame = n.uint16(6);
  const lastFrame = n.uint16(8);
  const headerScale = n.float32(12);
  const dataStartBlock = num(parameters.POINT?.DATA_START) ?? n.uint16(16);
  const pointRateHz = n.float32(20);
  const scale = num(parameters.POINT?.SCALE) ?? headerScale;
  const storage = headerScale < 0 ? 'float' : 'int16';
  const frameCount = lastFrame >= firstFrame ? lastFrame - firstFrame + 1 : 0;
  const word = storage === 'float' ? 4 : 2;
  const frameBytes = (pointCount * 4 + analogSamplesPerFrame) * word;
  const dataStart = (dataStartBlock - 1) * BLOCK;
  if (dataStart < BLOCK || dataStart + frameCount * frameBytes > bytes.length) {
    throw new InputFormatError(
      'not-c3d',
      `The C3D data (${frameCount} frames from block ${dataStartBlock}) runs past the end of the file`,
      'header',
    );
  }
  const labels = str(parameters.POINT?.LABELS);
  const points: C3dPoint[] = Array.from({ length: pointCount }, (_, i) => ({
    label: labels[i] ?? `POINT${i + 1}`,
    x: new Float64Array(frameCount),
    y: new Float64Array(frameCount),
    z: new Float64Array(frameCount),
    residual: new Float64Array(frameCount),
  }));
  const read = storage === 'float' ? n.float32 : n.int16;
  const coordScale = storage === 'float' ? 1 : scale;
  for (let f = 0; f < frameCount; f++) {
    points.forEach((pt, i) => {
      const o = dataStart + f * frameBytes + i * 4 * word;
      const fourth = Math.trunc(read(o + 3 * word));
      const valid = fourth >= 0;
      pt.x[f] = valid ? read(o) * coordScale : NaN;
      pt.y[f] = valid ? read(o + word) * coordScale : NaN;
      pt.z[f] = valid ? read(o + 2 * word) * coordScale : NaN;
      pt.residual[f] = valid ? (fourth & 0xff) * Math.abs(scale) : -1;
    });
  }
  return {
    processor,
    pointCount,
    pointRateHz,
    firstFrame,
    lastFrame,
    frameCount,
    scale,
    storage,
    analogSamplesPerFrame,
    pointUnits: str(parameters.POINT?.UNITS)[0] ?? '',
    points,
    events: readEvents(parameters),
    parameters,
  };
}

function readEvents(parameters: C3dParameters): C3dEvent[] {
  const g = parameters.EVENT;
  if (!g) return [];
  const labels = str(g.LABELS);
  const contexts = str(g.CONTEXTS);
  const times = g.TIMES && g.TIMES.type !== 'char' ? g.TIMES.values : [];
  const used = Math.min(num(g.USED) ?? labels.length, labels.length, Math.floor(times.length / 2));
  const events: C3dEvent[] = [];
  for (let i = 0; i < used; i++) {
    events.push({
      label: labels[i]!,
      context: contexts[i] ?? '',
      timeS: 60 * times[2 * i]! + times[2 * i + 1]!,
    });
  }
  return events;
}
