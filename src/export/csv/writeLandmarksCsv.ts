/** Writer of the tidy per-frame landmark CSV (reader: readLandmarksCsv.ts). */
import type { Skeleton } from '../../core/skeleton/types';
import { formatCsv } from './csvText';

/** Columns of the landmark CSV, units in the names. */
export const LANDMARK_CSV_HEADER = Object.freeze([
  'frame',
  'time_s',
  'landmark',
  'x_norm',
  'y_norm',
  'z_rel',
  'x_m',
  'y_m',
  'z_m',
  'visibility',
] as const);

/**
 * Write a skeleton as a tidy CSV: one row per frame and landmark.
 * @param skeleton - the skeleton; not modified
 * @returns CSV text; `x_norm`/`y_norm` are 0–1 of the image width/height (y down), `z_rel` MediaPipe's relative
 *   depth, `x_m`/`y_m`/`z_m` world metres (hip-centred, y down), `visibility` 0–1. A frame without a subject
 *   gives 33 rows with empty value cells, so the frame count survives.
 */
export function writeLandmarksCsv(skeleton: Skeleton): string {
  const rows: (string | number | null)[][] = [];
  skeleton.frames.forEach((f, frame) => {
    skeleton.landmarkNames.forEach((name, i) => {
      const im = f.image?.[i];
      const w = f.world?.[i];
      rows.push([
        frame,
        f.timeS,
        name,
        im?.[0] ?? null,
        im?.[1] ?? null,
        im?.[2] ?? null,
        w?.[0] ?? null,
        w?.[1] ?? null,
        w?.[2] ?? null,
        f.visibility?.[i] ?? null,
      ]);
    });
  });
  return formatCsv(LANDMARK_CSV_HEADER, rows);
}
