/**
 * Read a recording file for `gaitlens analyze`: a skeleton JSON (`gaitlens.skeleton/1`), or a TRC or
 * C3D marker file, with lab marker names recognised automatically (or mapped by `--map`).
 */
import { InputFormatError } from '../src/core/errors';
import { markerInput } from '../src/core/markers/markerInput';
import { normaliseMarkerName } from '../src/core/markers/markerSets';
import type { MarkerOverrides, MarkerRecognition } from '../src/core/markers/recogniseMarkers';
import type { FromMarkersInput, MarkerTrajectory } from '../src/core/preprocess/fromMarkers';
import type { SegmentPoint } from '../src/core/preprocess/types';
import type { Skeleton } from '../src/core/skeleton/types';
import type { C3dEvent } from '../src/export/c3d/c3dTypes';
import { readC3d } from '../src/export/c3d/readC3d';
import { readTrc } from '../src/export/trc/readTrc';
import { readSkeletonJson } from '../src/export/json/readSkeletonJson';

/** A lab's own event (C3D EVENT group), times in s from the start of capture. */
export interface FileEvent {
  side: 'left' | 'right';
  type: 'heel-strike' | 'toe-off';
  timeS: number;
  /** The label as stored, e.g. `Foot Strike`. */
  label: string;
}

/** A recording read from a file. */
export type Recording =
  | { kind: 'skeleton'; skeleton: Skeleton }
  | {
      kind: 'markers';
      input: FromMarkersInput;
      recognition: MarkerRecognition;
      /** Foot strikes and foot offs of the file (C3D EVENT group); empty when it has none. */
      fileEvents: FileEvent[];
    };

export type { MarkerOverrides };

const POINTS: readonly SegmentPoint[] = ['heel', 'toe', 'ankle', 'knee', 'hip', 'shoulder'];

// Side of a marker name from its prefix, or null.
const sideOf = (name: string): 'left' | 'right' | null => normaliseMarkerName(name).side;

/**
 * Parse `--map` text.
 * @param text - comma-separated `point=NAME`, `left.point=NAME`, `right.point=NAME`, `pelvis=A+B+…`
 * @returns the overrides
 * @throws InputFormatError `unknown-markers` (path `--map`) naming the bad entry
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
        'unknown-markers',
        `cannot read the marker mapping "${entry}"`,
        '--map',
      );
    out[side][point] = name;
  }
  return out;
}

// Marker input of a TRC file (metres after reading).
function markersFromTrc(text: string, overrides: MarkerOverrides): Recording {
  const trc = readTrc(text);
  const markers: Record<string, MarkerTrajectory> = {};
  for (const m of trc.markers) markers[m.name] = { x: m.xM, y: m.yM, z: m.zM };
  const timing = { unit: 'm' as const, fpsHz: trc.dataRateHz, startTimeS: trc.timesS[0] ?? 0 };
  return { kind: 'markers', ...markerInput(markers, timing, overrides), fileEvents: [] };
}

// Marker input of a C3D file: POINT labels (trimmed), POINT:UNITS mm or m, time of the first frame.
function markersFromC3d(bytes: Uint8Array, overrides: MarkerOverrides): Recording {
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
  return {
    kind: 'markers',
    ...markerInput(markers, timing, overrides),
    fileEvents: footEvents(c3d.events),
  };
}

// Foot strikes and foot offs of the Left and Right contexts (Vicon / c3d.org labels), by time.
function footEvents(events: C3dEvent[]): FileEvent[] {
  const out: FileEvent[] = [];
  for (const e of events) {
    const context = e.context.trim().toLowerCase();
    const label = e.label.trim().toLowerCase();
    const side = context === 'left' ? 'left' : context === 'right' ? 'right' : null;
    const type = /strike|contact/.test(label)
      ? 'heel-strike'
      : /off/.test(label)
        ? 'toe-off'
        : null;
    if (side && type && Number.isFinite(e.timeS))
      out.push({ side, type, timeS: e.timeS, label: e.label.trim() });
  }
  return out.sort((a, b) => a.timeS - b.timeS);
}

/**
 * Read a skeleton JSON, TRC or C3D file.
 * @param fileName - used to tell the formats apart (`.c3d`, `.trc`, else JSON)
 * @param bytes - the file's contents (text files are read as UTF-8)
 * @param overrides - manual marker mapping for marker files (default: recognise names)
 * @returns the recording; for marker files also the recognised markers (`recogniseMarkers`) and
 *   the file's own foot strikes and foot offs (C3D EVENT group, contexts Left / Right); C3D times
 *   are seconds from the start of capture, as its EVENT group's
 * @throws InputFormatError from the strict readers (`not-json`, `wrong-format`, `schema` with the
 *   JSON path, `not-trc` with the line, `not-c3d`…), or `unknown-markers` when no heel and toe
 *   markers are recognised or `--map` names a marker the file lacks
 */
export function readRecording(
  fileName: string,
  bytes: Uint8Array,
  overrides: MarkerOverrides = { left: {}, right: {} },
): Recording {
  if (/\.c3d$/i.test(fileName)) return markersFromC3d(bytes, overrides);
  const text = new TextDecoder().decode(bytes);
  if (/\.trc$/i.test(fileName)) return markersFromTrc(text, overrides);
  return { kind: 'skeleton', skeleton: readSkeletonJson(text) };
}
