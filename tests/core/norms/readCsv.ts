/** Test helper: read a small CSV of the shared data (comma-separated, double-quoted fields). */
import { readFileSync } from 'node:fs';

/** Rows of a CSV file as objects keyed by the header; path relative to the repo root. */
export function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"' && quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += c;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** The Fukuchi 2018 OC mean (or SD) curve, 101 values, deg. */
export function fukuchiCurve(
  group: 'Young' | 'Older' | 'All',
  joint: 'pelvis_tilt' | 'hip_flexion' | 'knee_flexion' | 'ankle_dorsiflexion',
  column: 'mean_deg' | 'sd_deg' = 'mean_deg',
  side: 'both' | 'R' | 'L' = 'both',
): number[] {
  return readCsv('../shared/data/norms/adult/fukuchi2018_sagittal_angles_OC.csv')
    .filter((r) => r.group === group && r.joint === joint && r.side === side)
    .sort((a, b) => Number(a.pct) - Number(b.pct))
    .map((r) => Number(r[column]));
}
