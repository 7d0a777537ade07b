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
/** Marker names per point, `*` = side prefix (L / R, left / right): Vicon Plug-in Gait, gaitmap, Pose2Sim BlazePose. */
const CANDIDATES: Record<SegmentPoint, string[]> = {
  heel: ['*HEE', '*HEEL', '*FCC'],
  toe: ['*TOE', '*BIGTOE', '*FOOTINDEX'],
  ankle: ['*ANK', '*ANKLE'],
  knee: ['*KNE', '*KNEE'],
  hip: ['*HIP'],
  shoulder: ['*SHO', '*SHOULDER'],
};
/** Pelvis marker sets, first complete one wins: Plug-in Gait with PSIS, or with a sacrum marker. */
const PELVIS_SETS = [
  ['LASI', 'RASI', 'LPSI', 'RPSI'],
  ['LASI', 'RASI', 'SACR'],
];

// Upper case without a `subject:` prefix and without `_`, `-` or spaces.
const norm = (name: string): string =>
  (name.split(':').pop() ?? name).toUpperCase().replace(/[_\-\s]/g, '');

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
      throw new InputFormatError('schema', `cannot read the marker mapping "${entry}"`, '--map');
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
      throw new InputFormatError('schema', `the file has no marker named "${o}"`, '--map');
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

// Vertical axis: where the knee (else the toe) is above the heel on average; else the axis along
// which the heels move least. Sign +1 when up is positive.
function verticalOf(m: Record<string, MarkerTrajectory>, map: MarkerMap): [Axis, 1 | -1] {
  const mean = (v: Float64Array): number => {
    const f = [...v].filter(Number.isFinite);
    return f.reduce((s, x) => s + x, 0) / f.length;
  };
  const heel = m[map.heel as string]!;
  const upper = m[(map.knee as string | undefined) ?? '']!;
  const axes: Axis[] = ['x', 'y', 'z'];
  if (upper) {
    const d = axes.map((a) => mean(upper[a]) - mean(heel[a]));
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
        'schema',
        `no ${s} heel and toe markers found among ${names.slice(0, 12).join(', ')}; ` +
          `name them with --map ${s}.heel=NAME,${s}.toe=NAME`,
        'markers',
      );
    return map as MarkerMap;
  };
  const left = side('left');
  const right = side('right');
  const pelvis =
    overrides.pelvis ??
    PELVIS_SETS.find((set) => set.every((p) => names.includes(p))) ??
    (left.hip && right.hip ? [left.hip as string, right.hip as string] : undefined);
  for (const p of pelvis ?? [])
    if (!names.includes(p))
      throw new InputFormatError('schema', `the file has no marker named "${p}"`, '--map');
  const [verticalAxis, verticalSign] = verticalOf(markers, left);
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
