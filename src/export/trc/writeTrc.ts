/** Writer of OpenSim TRC marker files from a skeleton (reader: readTrc.ts). */
import { BLAZEPOSE_LANDMARKS } from '../../core/skeleton/landmarks';
import type { Skeleton } from '../../core/skeleton/types';
import { POSE2SIM_BLAZEPOSE_MARKERS } from './pose2simMarkers';
import type { TrcMarkerSet } from './pose2simMarkers';

/** Options of {@link writeTrc}. */
export interface TrcWriteParams {
  /** Markers to write (default `pose2sim`, the 25 markers of Pose2Sim's BlazePose OpenSim marker set). */
  markerSet: TrcMarkerSet;
  /** File name written on the PathFileType line (default `gaitlens.trc`). */
  fileName: string;
}

/** Defaults of {@link writeTrc}. */
export const DEFAULT_TRC_WRITE_PARAMS: Readonly<TrcWriteParams> = Object.freeze({
  markerSet: 'pose2sim',
  fileName: 'gaitlens.trc',
});

/**
 * Write the skeleton's world landmarks as an OpenSim TRC file (tab-separated, metres, Y up).
 * @param skeleton - the skeleton; not modified
 * @param params - marker set and file name (see {@link DEFAULT_TRC_WRITE_PARAMS})
 * @returns TRC text: the PathFileType 4 (X/Y/Z) line, the DataRate … OrigNumFrames header and values, the marker
 *   row, the X1 Y1 Z1 row, then one row per frame (`Frame#` from 1, `Time` in s)
 * @remarks MediaPipe world landmarks are hip-centred with y down; OpenSim expects y up, so the writer turns
 *   them 180° about the x axis: (x, y, z) → (x, −y, −z), which keeps the axes right-handed. Positions stay
 *   hip-centred (no forward progression). A frame without a subject gets empty marker cells, which OpenSim
 *   reads as missing; every data row ends in a tab so that OpenSim's tokenizer keeps all 3 × N + 2 columns
 *   even when the last marker is blank.
 */
export function writeTrc(skeleton: Skeleton, params: Partial<TrcWriteParams> = {}): string {
  const p = { ...DEFAULT_TRC_WRITE_PARAMS, ...params };
  const names = p.markerSet === 'all' ? [...BLAZEPOSE_LANDMARKS] : [...POSE2SIM_BLAZEPOSE_MARKERS];
  const idx = names.map((n) => BLAZEPOSE_LANDMARKS.indexOf(n));
  const n = skeleton.frames.length;
  const rate = fmt(skeleton.fpsHz);
  const lines = [
    `PathFileType\t4\t(X/Y/Z)\t${p.fileName.replace(/[\t\r\n]/g, ' ')}`,
    'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
    `${rate}\t${rate}\t${n}\t${names.length}\tm\t${rate}\t1\t${n}`,
    `Frame#\tTime\t${names.join('\t\t\t')}\t\t\t`,
    `\t\t${names.map((_, k) => `X${k + 1}\tY${k + 1}\tZ${k + 1}`).join('\t')}`,
  ];
  skeleton.frames.forEach((f, i) => {
    const cells = idx.map((j) => {
      const w = f.world?.[j];
      return w ? `${fmt(w[0])}\t${fmt(-w[1])}\t${fmt(-w[2])}` : '\t\t';
    });
    // Every row ends in a tab, as OpenSim's own files do: its tokenizer drops a final empty field,
    // so a row whose last marker is blank would otherwise lose a column.
    lines.push(`${i + 1}\t${fmt(f.timeS)}\t${cells.join('\t')}\t`);
  });
  return lines.join('\n') + '\n';
}

/** Shortest text of a value rounded to 1 µm (or 1 µs); -0 prints as 0. */
function fmt(v: number): string {
  return String(Math.round(v * 1e6) / 1e6 + 0);
}
