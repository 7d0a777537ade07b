/**
 * Read a recording file for `gaitlens analyze`: a skeleton JSON (`gaitlens.skeleton/1`), or a TRC or
 * C3D marker file, with lab marker names recognised automatically (or mapped by `--map`).
 */
import { InputFormatError } from '../src/core/errors';
import type {
  FromMarkersInput,
  MarkerMap,
  MarkerTrajectory,
} from '../src/core/preprocess/fromMarkers';
import type { Axis, SegmentPoint } from '../src/core/preprocess/types';
import type { Skeleton } from '../src/core/skeleton/types';
import { readC3d } from '../src/export/c3d/readC3d';
import { readTrc } from '../src/export/trc/readTrc';
import { readSkeletonJson } from '../src/export/json/readSkeletonJson';

/** A recording read from a file. */
export type Recording =
  { kind: 'skeleton'; skeleton: Skeleton } | { kind: 'markers'; input: FromMarkersInput };

/** Manual marker mapping: `left.heel=LHEE`, `heel=LHEE` (side from the L/R prefix), `pelvis=A+B`. */
export interface MarkerOverrides {
  left: Partial<Record<SegmentPoint, string>>;
  right: Partial<Record<SegmentPoint, string>>;
  pelvis?: string[];
}

const POINTS: readonly SegmentPoint[] = ['heel', 'toe', 'ankle', 'knee', 'hip'];
/**
 * Marker names per point, `*` = side prefix (L / R, left / right), compared after {@link norm}
 * (no `subject:` prefix, upper case, no `_ - . ` or spaces). First match wins. Sources in
 * docs/marker-sets.md: Vicon Plug-in Gait / Helen Hayes (`LHEE`, `LTOE`, `LANK`, `LKNE`), OpenSim
 * gait2354/2392 (`L.Heel`, `L.Toe.Tip`, `L.Ankle.Lat`, `L.Knee.Lat`) and Rajagopal (`L.Heel`,
 * `L.Toe`, `L.Ankle`, `L.Knee`), CAST / Qualisys / gaitmap (`L_FCC`, `L_FM2`, `L_FM1`, `L_FAL`,
 * `L_FLE`), Pose2Sim / OpenCap (`LHeel`, `LBigToe`, `LAnkle`, `LKnee`, `LHip`, `r_calc_study`,
 * `r_toe_study`), GaitLens exports (`left_heel`, `left_foot_index`).
 */
const CANDIDATES: Record<SegmentPoint, string[]> = {
  heel: ['*HEE', '*HEEL', '*FCC', '*CALC', '*CALCSTUDY'],
  toe: ['*TOE', '*TOETIP', '*BIGTOE', '*FOOTINDEX', '*FM2', '*FM1', '*TOESTUDY', '*HLX'],
  ankle: ['*ANK', '*ANKLE', '*ANKLELAT', '*FAL', '*ANKLESTUDY'],
  knee: ['*KNE', '*KNEE', '*KNEELAT', '*FLE', '*KNEESTUDY'],
  hip: ['*HIP', '*HJC'],
  shoulder: ['*SHO', '*SHOULDER'],
};
/**
 * Pelvis marker sets (normalised names), first complete one wins: ASIS with PSIS, or with a sacrum
 * marker — Plug-in Gait (`LASI RASI LPSI RPSI` / `SACR`), OpenSim (`L.ASIS R.ASIS V.Sacral`,
 * Rajagopal `L.PSIS R.PSIS S2`), CAST (`L_IAS R_IAS L_IPS R_IPS`), OpenCap (`r.ASIS_study` …).
 */
const PELVIS_SETS = [
  ['LASI', 'RASI', 'LPSI', 'RPSI'],
  ['LASIS', 'RASIS', 'LPSIS', 'RPSIS'],
  ['LIAS', 'RIAS', 'LIPS', 'RIPS'],
  ['LASISSTUDY', 'RASISSTUDY', 'LPSISSTUDY', 'RPSISSTUDY'],
  ['LASI', 'RASI', 'SACR'],
  ['LASIS', 'RASIS', 'VSACRAL'],
  ['LASIS', 'RASIS', 'SACRUM'],
  ['LASIS', 'RASIS', 'S2'],
  ['LIAS', 'RIAS', 'SACR'],
];

// Upper case without a `subject:` prefix and without `_`, `-`, `.` or spaces.
const norm = (name: string): string =>
  (name.split(':').pop() ?? name).toUpperCase().replace(/[_\-.\s]/g, '');

// The file's marker names that make up a complete pelvis set, or undefined.
function findPelvis(names: string[]): string[] | undefined {
  for (const set of PELVIS_SETS) {
    const hits = set.map((want) => names.find((n) => norm(n) === want));
    if (hits.every((h) => h !== undefined)) return hits as string[];
  }
  return undefined;
}

// Side of a marker name from its prefix, or null.
function sideOf(name: string): 'left' | 'right' | null {
  const n = norm(name);
  if (n.startsWith('LEFT') || n.startsWith('L')) return 'left';
  if (n.startsWith('RIGHT') || n.startsWith('R')) return 'right';
  return null;
}

/**
 * Parse `--map` text.
 * @param text - comma-separated `point=NAME`, `left.point=NAME`, `right.point=NAME`, `pelvis=A+B+…`
 * @returns the overrides
 * @throws InputFormatError `schema` naming the bad entry
 */
export function parseMarkerMap(text: string): MarkerOverrides {
  const out: MarkerOverrides = { left: {}, right: {} };
  for (const entry of text.split(',').filter((e) => e.trim() !== '')) {
    const [key = '', name = ''] = entry.split('=').map((s) => s.trim());
    const [a, b] = key.split('.');
    if (key === 'pelvis' && name) {
      out.pelvis = name.split('+');
      continue;
    }
    const side = b ? a : sideOf(name);
    const point = (b ?? a) as SegmentPoint;
    if (!name || (side !== 'left' && side !== 'right') || !POINTS.includes(point))
      throw new InputFormatError(
        'lab-markers',
        `cannot read the marker mapping "${entry}"`,
        '--map',
      );
    out[side][point] = name;
  }
  return out;
}

// Marker of one point and side: the override, else the first candidate present.
function findMarker(
  names: string[],
  side: 'left' | 'right',
  point: SegmentPoint,
  overrides: MarkerOverrides,
): string | undefined {
  const o = overrides[side][point];
  if (o) {
    if (!names.includes(o))
      throw new InputFormatError('lab-markers', `the file has no marker named "${o}"`, '--map');
    return o;
  }
  const prefixes = side === 'left' ? ['L', 'LEFT'] : ['R', 'RIGHT'];
  for (const c of CANDIDATES[point])
    for (const p of prefixes) {
      const hit = names.find((n) => norm(n) === c.replace('*', p));
      if (hit) return hit;
    }
  return undefined;
}

// Vertical axis: where the knee (else the pelvis markers) lies above the heel on average; else the
// axis along which the heels move least. Sign +1 when up is positive.
function verticalOf(
  m: Record<string, MarkerTrajectory>,
  map: MarkerMap,
  pelvis: string[] | undefined,
): [Axis, 1 | -1] {
  const mean = (v: Float64Array): number => {
    const f = [...v].filter(Number.isFinite);
    return f.reduce((s, x) => s + x, 0) / f.length;
  };
  const heel = m[map.heel as string]!;
  const knee = m[(map.knee as string | undefined) ?? ''];
  const upper = knee ? [knee] : (pelvis ?? []).map((p) => m[p]!);
  const axes: Axis[] = ['x', 'y', 'z'];
  if (upper.length > 0) {
    const d = axes.map(
      (a) => upper.reduce((s, u) => s + mean(u[a]), 0) / upper.length - mean(heel[a]),
    );
    const k = d.reduce((best, v, i) => (Math.abs(v) > Math.abs(d[best]!) ? i : best), 0);
    return [axes[k]!, d[k]! >= 0 ? 1 : -1];
  }
  const range = (v: Float64Array): number => {
    const f = [...v].filter(Number.isFinite);
    return Math.max(...f) - Math.min(...f);
  };
  const r = axes.map((a) => range(heel[a]));
  return [axes[r.indexOf(Math.min(...r))]!, 1];
}

// Marker input from named trajectories: find heel / toe (and optional) markers, pelvis, vertical.
function markerInput(
  markers: Record<string, MarkerTrajectory>,
  timing: { unit: 'mm' | 'm'; fpsHz: number; startTimeS: number },
  overrides: MarkerOverrides,
): FromMarkersInput {
  const names = Object.keys(markers);
  const side = (s: 'left' | 'right'): MarkerMap => {
    const map: Partial<Record<SegmentPoint, string>> = {};
    for (const point of POINTS) {
      const hit = findMarker(names, s, point, overrides);
      if (hit) map[point] = hit;
    }
    if (!map.heel || !map.toe)
      throw new InputFormatError(
        'lab-markers',
        `no ${s} ${map.heel ? 'toe' : 'heel'} marker recognised among the file's ${names.length} ` +
          `markers (${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''})`,
        'markers',
      );
    return map as MarkerMap;
  };
  const left = side('left');
  const right = side('right');
  const pelvis =
    overrides.pelvis ??
    findPelvis(names) ??
    (left.hip && right.hip ? [left.hip as string, right.hip as string] : undefined);
  for (const p of pelvis ?? [])
    if (!names.includes(p))
      throw new InputFormatError('lab-markers', `the file has no marker named "${p}"`, '--map');
  const [verticalAxis, verticalSign] = verticalOf(markers, left, pelvis);
  return {
    markers,
    ...timing,
    left,
    right,
    ...(pelvis ? { pelvis } : {}),
    verticalAxis,
    verticalSign,
  };
}

// Marker input of a TRC file (metres after reading).
function markersFromTrc(text: string, overrides: MarkerOverrides): FromMarkersInput {
  const trc = readTrc(text);
  const markers: Record<string, MarkerTrajectory> = {};
  for (const m of trc.markers) markers[m.name] = { x: m.xM, y: m.yM, z: m.zM };
  const timing = { unit: 'm' as const, fpsHz: trc.dataRateHz, startTimeS: trc.timesS[0] ?? 0 };
  return markerInput(markers, timing, overrides);
}

// Marker input of a C3D file: POINT labels (trimmed), POINT:UNITS mm or m, time of the first frame.
function markersFromC3d(bytes: Uint8Array, overrides: MarkerOverrides): FromMarkersInput {
  const c3d = readC3d(bytes);
  const markers: Record<string, MarkerTrajectory> = {};
  for (const p of c3d.points) markers[p.label.trim()] = { x: p.x, y: p.y, z: p.z };
  const unit = c3d.pointUnits.trim().toLowerCase();
  if (unit !== 'mm' && unit !== 'm')
    throw new InputFormatError(
      'schema',
      `POINT:UNITS is "${c3d.pointUnits}", not mm or m`,
      'POINT:UNITS',
    );
  const timing = {
    unit: unit as 'mm' | 'm',
    fpsHz: c3d.pointRateHz,
    startTimeS: (c3d.firstFrame - 1) / c3d.pointRateHz,
  };
  return markerInput(markers, timing, overrides);
}

/**
 * Read a skeleton JSON, TRC or C3D file.
 * @param fileName - used to tell the formats apart (`.c3d`, `.trc`, else JSON)
 * @param bytes - the file's contents (text files are read as UTF-8)
 * @param overrides - manual marker mapping for marker files (default: recognise names)
 * @returns the recording; C3D times are seconds from the start of capture, as its EVENT group's
 * @throws InputFormatError from the strict readers (`not-json`, `wrong-format`, `schema` with the
 *   JSON path, `not-trc` with the line, `not-c3d`…), or `schema` when no heel/toe markers are found
 */
export function readRecording(
  fileName: string,
  bytes: Uint8Array,
  overrides: MarkerOverrides = { left: {}, right: {} },
): Recording {
  if (/\.c3d$/i.test(fileName)) return { kind: 'markers', input: markersFromC3d(bytes, overrides) };
  const text = new TextDecoder().decode(bytes);
  if (/\.trc$/i.test(fileName)) return { kind: 'markers', input: markersFromTrc(text, overrides) };
  return { kind: 'skeleton', skeleton: readSkeletonJson(text) };
}
