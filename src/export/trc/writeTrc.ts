/** Writer of OpenSim TRC marker files from a skeleton (reader: readTrc.ts; checked against OpenSim's tokenizer). */
import { BLAZEPOSE_LANDMARKS } from '../../core/skeleton/landmarks';
import type { Skeleton } from '../../core/skeleton/types';
import { videoLabFrame } from '../videoLabFrame';
import { POSE2SIM_BLAZEPOSE_MARKERS } from './pose2simMarkers';
import type { TrcMarkerSet } from './pose2simMarkers';

/** Options of {@link writeTrc}. */
export interface TrcWriteParams {
  /** Markers to write (default `pose2sim`, the 25 markers of Pose2Sim's BlazePose OpenSim marker set). */
  markerSet: TrcMarkerSet;
  /** File name written on the PathFileType line (default `gaitlens.trc`). */
  fileName: string;
  /** Metres per image-height unit from the analysis (`MeasurementsResult.scale`); null: estimated (see videoLabFrame). */
  metresPerUnit: number | null;
}

/** Defaults of {@link writeTrc}. */
export const DEFAULT_TRC_WRITE_PARAMS: Readonly<TrcWriteParams> = Object.freeze({
  markerSet: 'pose2sim',
  fileName: 'gaitlens.trc',
  metresPerUnit: null,
});

/**
 * Write the skeleton's landmarks as an OpenSim TRC file (tab-separated, metres, Y up).
 * @param skeleton - the skeleton; not modified
 * @param params - marker set, file name and scale (see {@link DEFAULT_TRC_WRITE_PARAMS})
 * @returns TRC text laid out as OpenSim's own `TRCFileAdapter::extendWrite` writes it: the PathFileType 4
 *   (X/Y/Z) line, the DataRate … OrigNumFrames keys and values, the marker row, the X1 Y1 Z1 row, an empty
 *   line, then one row per frame (`Frame#`, `Time` in s); every cell after the first is preceded by a tab and
 *   every row ends with one, so a row whose last marker is missing still has all its columns
 * @remarks Positions are those of `videoLabFrame` (the image landmarks the video analysis reads, in metres,
 *   forward progression kept), turned to OpenSim's Y-up frame: X forward (image right), Y up (floor at 0),
 *   Z = −depth (toward the camera), right-handed. `Frame#` starts at `round(t0 · rate) + 1`, as the C3D
 *   writer's first frame. A frame without a subject gets empty marker cells, which OpenSim reads as NaN.
 *   Values are rounded to 1 µm (times to 1 µs).
 */
export function writeTrc(skeleton: Skeleton, params: Partial<TrcWriteParams> = {}): string {
  const p = { ...DEFAULT_TRC_WRITE_PARAMS, ...params };
  const names = p.markerSet === 'all' ? [...BLAZEPOSE_LANDMARKS] : [...POSE2SIM_BLAZEPOSE_MARKERS];
  const idx = names.map((n) => BLAZEPOSE_LANDMARKS.indexOf(n));
  const n = skeleton.frames.length;
  const rate = fmt(skeleton.fpsHz);
  const first = Math.max(1, Math.round((skeleton.frames[0]?.timeS ?? 0) * skeleton.fpsHz) + 1);
  const lab = videoLabFrame(skeleton, p.metresPerUnit);
  const lines = [
    `PathFileType\t4\t(X/Y/Z)\t${p.fileName.replace(/[\t\r\n]/g, ' ')}`,
    'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
    `${rate}\t${rate}\t${n}\t${names.length}\tm\t${rate}\t${first}\t${n}`,
    `Frame#\tTime\t${names.map((m) => `${m}\t\t\t`).join('')}`,
    `\t\t${names.map((_, k) => `X${k + 1}\tY${k + 1}\tZ${k + 1}\t`).join('')}`,
    '',
  ];
  skeleton.frames.forEach((f, i) => {
    const w = lab.framesM[i];
    const cells = idx.map((j) =>
      w ? `${fmt(w[3 * j]!)}\t${fmt(w[3 * j + 2]!)}\t${fmt(-w[3 * j + 1]!)}\t` : '\t\t\t',
    );
    lines.push(`${first + i}\t${fmt(f.timeS)}\t${cells.join('')}`);
  });
  return lines.join('\n') + '\n';
}

/** Shortest text of a value rounded to 1 µm (or 1 µs); -0 prints as 0. */
function fmt(v: number): string {
  return String(Math.round(v * 1e6) / 1e6 + 0);
}
