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
import { isPossibleRate, MAX_SAMPLE_RATE_HZ } from '../sampleRate';

const BLOCK = 512;
const PROCESSORS: Record<number, C3dProcessor> = { 84: 'intel', 85: 'dec', 86: 'sgi' };

const num = (p: C3dParam | undefined, i = 0): number | undefined =>
  p && p.type !== 'char' ? p.values[i] : undefined;
const str = (p: C3dParam | undefined): string[] => (p && p.type === 'char' ? p.strings : []);

/**
 * Read a C3D file.
 * @param bytes - the whole file
 * @returns header facts, parameters, point trajectories (in POINT:UNITS, usually mm) and events
 * @throws InputFormatError `not-c3d` when the file is not C3D (bad key byte, unknown processor type) or its
 *   frame rate is not a positive number up to {@link MAX_SAMPLE_RATE_HZ}; `inconsistent` when the header and
 *   the parameters disagree ({@link checkC3dHeader}), the data section is shorter than declared, or the EVENT
 *   arrays are shorter than EVENT:USED; `schema` for an event time that is not a number
 * @remarks A sample is invalid when its fourth word is negative; its coordinates are then NaN and its residual −1.
 *   Valid samples carry the residual as the low byte of the fourth word times |scale|. Int16 coordinates are
 *   multiplied by POINT:SCALE (the header scale when absent). Events more than one frame before the first or
 *   after the last frame are not refused but kept apart, in `eventsOutsideRecording` (a trial cropped after
 *   its events were placed keeps them; they cannot be compared with anything in the file).
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
  checkC3dHeader(parameters, {
    pointCount,
    analogSamplesPerFrame,
    frameCount,
    headerScale,
    pointRateHz,
  });
  const word = storage === 'float' ? 4 : 2;
  const frameBytes = (pointCount * 4 + analogSamplesPerFrame) * word;
  const dataStart = (dataStartBlock - 1) * BLOCK;
  if (dataStart < BLOCK) {
    throw new InputFormatError(
      'not-c3d',
      `The C3D data would start at block ${dataStartBlock}, inside the header`,
      'POINT:DATA_START',
    );
  }
  if (dataStart + frameCount * frameBytes > bytes.length) {
    const held = Math.max(0, Math.floor((bytes.length - dataStart) / frameBytes));
    throw new InputFormatError(
      'inconsistent',
      `The C3D header declares ${frameCount} frames of ${frameBytes} bytes from block ${dataStartBlock}, but the file holds only ${held} (${bytes.length} bytes): it is cut off`,
      'header words 4-5 (first and last frame)',
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
    ...readEvents(
      parameters,
      (firstFrame - 1) / pointRateHz,
      (lastFrame - 1) / pointRateHz,
      pointRateHz,
    ),
    parameters,
  };
}

/** Header values that the parameter section repeats. */
interface C3dHeaderFacts {
  pointCount: number;
  analogSamplesPerFrame: number;
  frameCount: number;
  headerScale: number;
  pointRateHz: number;
}

const agree = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
const u16 = (v: number): number => (v < 0 ? v + 65536 : v);

/**
 * Refuse a C3D whose header and parameter section contradict each other (py-c3d refuses the first
 * three too: "inconsistent point count / scale factor / frame rate").
 * @param parameters - the parameter section
 * @param h - the header's point count, analog samples per frame, frame count, scale and rate (Hz)
 * @throws InputFormatError `not-c3d` for a rate that is not a positive number up to
 *   {@link MAX_SAMPLE_RATE_HZ} Hz; `inconsistent` when POINT:USED, POINT:SCALE, POINT:RATE, POINT:FRAMES or
 *   ANALOG:USED × ANALOG:RATE ÷ POINT:RATE (the analog samples per frame) differ from the header
 * @remarks Absent parameters are not checked (the header alone is used). int16 counts are read unsigned.
 */
export function checkC3dHeader(parameters: C3dParameters, h: C3dHeaderFacts): void {
  const P = parameters.POINT;
  const A = parameters.ANALOG;
  const paramRate = num(P?.RATE);
  for (const [rate, where] of [
    [h.pointRateHz, 'header word 11 (3D frame rate)'],
    [paramRate, 'POINT:RATE'],
  ] as const) {
    if (rate !== undefined && !isPossibleRate(rate)) {
      throw new InputFormatError(
        'not-c3d',
        `The C3D frame rate is ${rate} Hz; it must be a positive number up to ${MAX_SAMPLE_RATE_HZ} Hz`,
        where,
      );
    }
  }
  const differ = (what: string, header: number, param: number | undefined, where: string): void => {
    if (param === undefined || agree(header, param)) return;
    throw new InputFormatError(
      'inconsistent',
      `The C3D header gives ${header} ${what} but ${where} gives ${param}`,
      where,
    );
  };
  differ('Hz as the frame rate', h.pointRateHz, paramRate, 'POINT:RATE');
  const used = num(P?.USED);
  differ('points', h.pointCount, used === undefined ? undefined : u16(used), 'POINT:USED');
  differ('as the scale factor', h.headerScale, num(P?.SCALE), 'POINT:SCALE');
  const frames = num(P?.FRAMES);
  differ(
    'frames (first to last frame)',
    h.frameCount,
    frames === undefined ? undefined : u16(frames),
    'POINT:FRAMES',
  );
  const analogUsed = num(A?.USED);
  const analogRate = num(A?.RATE);
  if (analogUsed !== undefined && analogUsed > 0 && analogRate !== undefined) {
    const perFrame = (u16(analogUsed) * analogRate) / h.pointRateHz;
    differ(
      'analog samples per frame',
      h.analogSamplesPerFrame,
      perFrame,
      'ANALOG:USED × ANALOG:RATE ÷ POINT:RATE',
    );
  }
}

/**
 * The EVENT group's events, split into those inside the recording and those outside it.
 * @param parameters - the parameter section
 * @param firstS - time of the first frame, s ((first frame − 1) ÷ rate)
 * @param lastS - time of the last frame, s
 * @param rateHz - frame rate, Hz: events up to one frame outside [firstS, lastS] count as inside
 * @returns events in file order
 * @throws InputFormatError `inconsistent` when EVENT:LABELS, EVENT:CONTEXTS (when present) or EVENT:TIMES
 *   hold fewer entries than EVENT:USED (or, without USED, than each other); `schema` for a time that is not
 *   a finite number
 */
function readEvents(
  parameters: C3dParameters,
  firstS: number,
  lastS: number,
  rateHz: number,
): Pick<C3dData, 'events' | 'eventsOutsideRecording'> {
  const events: C3dEvent[] = [];
  const eventsOutsideRecording: C3dEvent[] = [];
  const g = parameters.EVENT;
  if (!g) return { events, eventsOutsideRecording };
  const labels = str(g.LABELS);
  const contexts = g.CONTEXTS ? str(g.CONTEXTS) : null;
  const times = g.TIMES && g.TIMES.type !== 'char' ? g.TIMES.values : [];
  const usedParam = num(g.USED);
  const used = usedParam ?? labels.length;
  const lengths: [string, number][] = [
    ['EVENT:LABELS', labels.length],
    ['EVENT:TIMES', Math.floor(times.length / 2)],
    ...(contexts ? [['EVENT:CONTEXTS', contexts.length] as [string, number]] : []),
  ];
  for (const [where, length] of lengths) {
    if (length < used || (usedParam === undefined && length !== used)) {
      throw new InputFormatError(
        'inconsistent',
        `${where} holds ${length} events but ${usedParam === undefined ? 'EVENT:LABELS holds' : 'EVENT:USED says'} ${used}`,
        where,
      );
    }
  }
  const tolS = 1 / rateHz + 1e-4; // one frame, plus float32 rounding of the times
  for (let i = 0; i < used; i++) {
    const timeS = 60 * times[2 * i]! + times[2 * i + 1]!;
    if (!Number.isFinite(timeS))
      throw new InputFormatError(
        'schema',
        `Event ${i + 1} has no valid time (${timeS})`,
        `EVENT:TIMES[${i}]`,
      );
    const e = { label: labels[i]!, context: contexts?.[i] ?? '', timeS };
    (timeS < firstS - tolS || timeS > lastS + tolS ? eventsOutsideRecording : events).push(e);
  }
  return { events, eventsOutsideRecording };
}
