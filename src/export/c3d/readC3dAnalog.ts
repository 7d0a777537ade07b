/** Reader of the analog channels of a C3D file (force plates, EMG), beside `readC3d`'s points. */
import { InputFormatError } from '../../core/errors';
import { makeC3dNumberReader } from './c3dNumbers';
import type { C3dParam } from './c3dTypes';
import { readC3d } from './readC3d';

/** One analog channel, in its ANALOG:UNITS after offset and scaling. */
export interface C3dAnalogChannel {
  /** ANALOG:LABELS entry, trimmed (e.g. `Fz1`). */
  label: string;
  /** ANALOG:UNITS entry, trimmed (e.g. `N`); empty when absent. */
  unit: string;
  /** One value per analog sample, in `unit`. */
  values: Float64Array;
}

/** The analog data of a C3D file. */
export interface C3dAnalog {
  /** Analog sampling rate, Hz (POINT rate × samples per frame). */
  rateHz: number;
  /** Time of analog sample 0, s from the start of capture (that of the first 3D frame). */
  startTimeS: number;
  channels: C3dAnalogChannel[];
}

const nums = (p: C3dParam | undefined): number[] => (p && p.type !== 'char' ? p.values : []);
const strs = (p: C3dParam | undefined): string[] => (p && p.type === 'char' ? p.strings : []);

/**
 * Read the analog channels of a C3D file.
 * @param bytes - the whole file
 * @returns the analog rate (Hz), the time of the first sample (s) and every channel of ANALOG:USED
 *   as (raw − ANALOG:OFFSET) × ANALOG:SCALE × ANALOG:GEN_SCALE, in ANALOG:UNITS; no channels when
 *   the file has no analog data
 * @throws InputFormatError `not-c3d` as `readC3d`, or when header word 3 is not a multiple of
 *   ANALOG:USED
 * @remarks Layout per the C3D File Format User Guide (c3d.org): each 3D frame holds its points, then
 *   its analog samples, sample by sample, each sample all channels; words are float32 in float
 *   files, else int16 (uint16 when ANALOG:FORMAT is `UNSIGNED`). Header word 3 is the number of
 *   analog words per 3D frame (channels × samples per frame). SCALE and OFFSET default to 1 and 0;
 *   GEN_SCALE to 1.
 * @see Motion Lab Systems. The C3D File Format User Guide. c3d.org, 2008.
 */
export function readC3dAnalog(bytes: Uint8Array): C3dAnalog {
  const c3d = readC3d(bytes);
  const a = c3d.parameters.ANALOG;
  const used = nums(a?.USED)[0] ?? 0;
  const perFrameWords = c3d.analogSamplesPerFrame;
  const startTimeS = (c3d.firstFrame - 1) / c3d.pointRateHz;
  if (!(used > 0) || perFrameWords === 0) return { rateHz: 0, startTimeS, channels: [] };
  if (perFrameWords % used !== 0)
    throw new InputFormatError(
      'not-c3d',
      `The C3D header has ${perFrameWords} analog samples per frame, not a multiple of ANALOG:USED ${used}`,
      'header word 3',
    );
  const perFrame = perFrameWords / used;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = makeC3dNumberReader(view, c3d.processor);
  const dataStartBlock = nums(c3d.parameters.POINT?.DATA_START)[0] ?? n.uint16(16);
  const word = c3d.storage === 'float' ? 4 : 2;
  const unsigned = strs(a?.FORMAT)[0]?.trim().toUpperCase() === 'UNSIGNED';
  const read = c3d.storage === 'float' ? n.float32 : unsigned ? n.uint16 : n.int16;
  const frameBytes = (c3d.pointCount * 4 + perFrameWords) * word;
  const base = (dataStartBlock - 1) * 512 + c3d.pointCount * 4 * word;
  const labels = strs(a?.LABELS);
  const units = strs(a?.UNITS);
  const scales = nums(a?.SCALE);
  const offsets = nums(a?.OFFSET);
  const gen = nums(a?.GEN_SCALE)[0] ?? 1;
  const channels: C3dAnalogChannel[] = Array.from({ length: used }, (_, c) => ({
    label: labels[c]?.trim() ?? `A${c + 1}`,
    unit: units[c]?.trim() ?? '',
    values: new Float64Array(c3d.frameCount * perFrame),
  }));
  for (let f = 0; f < c3d.frameCount; f++) {
    for (let s = 0; s < perFrame; s++) {
      const o = base + f * frameBytes + s * used * word;
      channels.forEach((ch, c) => {
        const raw = read(o + c * word);
        ch.values[f * perFrame + s] = (raw - (offsets[c] ?? 0)) * (scales[c] ?? 1) * gen;
      });
    }
  }
  return { rateHz: c3d.pointRateHz * perFrame, startTimeS, channels };
}
