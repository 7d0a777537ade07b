/** Reader of the tidy per-frame landmark CSV (writer: writeLandmarksCsv.ts). */
import { InputFormatError } from '../../core/errors';
import { BLAZEPOSE_LANDMARKS, LANDMARK_COUNT } from '../../core/skeleton/landmarks';
import type { ImagePointNorm, WorldPointM } from '../../core/skeleton/types';
import { LANDMARK_CSV_HEADER } from './writeLandmarksCsv';
import { parseNumberCell, readCsvTable } from './csvText';

/** One frame read back from the landmark CSV; arrays are null for a frame without a subject. */
export interface LandmarkCsvFrame {
  timeS: number;
  image: ImagePointNorm[] | null;
  world: WorldPointM[] | null;
  visibility: number[] | null;
}

/**
 * Read a landmark CSV back into frames.
 * @param text - the CSV text
 * @returns frames in order, each with 33 landmarks in BlazePose order (or nulls)
 * @throws InputFormatError for another header, a frame with a landmark missing or out of order, or a bad number
 */
export function readLandmarksCsv(text: string): LandmarkCsvFrame[] {
  const rows = readCsvTable(text, LANDMARK_CSV_HEADER, 'GaitLens landmark CSV');
  if (rows.length % LANDMARK_COUNT !== 0) {
    throw new InputFormatError(
      'schema',
      `Expected ${LANDMARK_COUNT} rows per frame; found ${rows.length} rows`,
      `line ${rows.length + 1}`,
    );
  }
  const frames: LandmarkCsvFrame[] = [];
  for (let start = 0; start < rows.length; start += LANDMARK_COUNT) {
    const frame = start / LANDMARK_COUNT;
    const values: number[][] = [];
    let timeS = NaN;
    for (let i = 0; i < LANDMARK_COUNT; i++) {
      const r = rows[start + i]!;
      const line = `line ${start + i + 2}`;
      if (r[0] !== String(frame) || r[2] !== BLAZEPOSE_LANDMARKS[i]) {
        throw new InputFormatError(
          'schema',
          `Expected frame ${frame}, landmark ${BLAZEPOSE_LANDMARKS[i]}; found frame ${r[0]}, ${r[2]}`,
          line,
        );
      }
      timeS = parseNumberCell(r[1]!, `${line}, time_s`);
      values.push(
        r.slice(3).map((c, k) => parseNumberCell(c, `${line}, ${LANDMARK_CSV_HEADER[k + 3]}`)),
      );
    }
    const present = values.every((v) => v.every(Number.isFinite));
    frames.push({
      timeS,
      image: present ? values.map((v): ImagePointNorm => [v[0]!, v[1]!, v[2]!]) : null,
      world: present ? values.map((v): WorldPointM => [v[3]!, v[4]!, v[5]!]) : null,
      visibility: present ? values.map((v) => v[6]!) : null,
    });
  }
  return frames;
}
