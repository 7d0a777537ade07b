/** Write named marker trajectories as a TRC file (for feeding `gaitlens analyze` in tests). */
import { writeFileSync } from 'node:fs';
import type { MarkerTrajectory } from '../../src/core/preprocess/fromMarkers';

/**
 * Write a TRC file.
 * @param path - file to write
 * @param markers - trajectories by name, in `units`
 * @param rateHz - frame rate, Hz
 * @param startTimeS - time of the first frame, s (the Time column)
 * @param units - `mm` or `m`
 * @returns `path`
 */
export function writeMarkerTrc(
  path: string,
  markers: Record<string, MarkerTrajectory>,
  rateHz: number,
  startTimeS = 0,
  units: 'mm' | 'm' = 'mm',
): string {
  const names = Object.keys(markers);
  const n = markers[names[0]!]!.x.length;
  const lines = [
    `PathFileType\t4\t(X/Y/Z)\t${path}`,
    'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
    `${rateHz}\t${rateHz}\t${n}\t${names.length}\t${units}\t${rateHz}\t1\t${n}`,
    ['Frame#', 'Time', ...names.flatMap((m) => [m, '', ''])].join('\t'),
    ['', '', ...names.flatMap((_, k) => [`X${k + 1}`, `Y${k + 1}`, `Z${k + 1}`])].join('\t'),
  ];
  const cell = (v: number): string => (Number.isFinite(v) ? String(v) : '');
  for (let i = 0; i < n; i++) {
    const row = [String(i + 1), String(startTimeS + i / rateHz)];
    for (const m of names)
      row.push(...(['x', 'y', 'z'] as const).map((a) => cell(markers[m]![a][i]!)));
    lines.push(row.join('\t'));
  }
  writeFileSync(path, lines.join('\n'));
  return path;
}
