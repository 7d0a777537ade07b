import type { SegmentPoint } from '../preprocess/types';
import { normaliseMarkerName, PELVIS_ALIASES, POINT_ALIASES } from './markerSets';
import type { MarkerSetName } from './markerSets';

/** Markers chosen for one side: body point → marker name as stored in the file. */
export type SideMarkers = Partial<Record<SegmentPoint, string>>;

/** How the pelvis centre was formed. */
export type PelvisSource =
  'hip-joint-centres' | 'asis-psis' | 'asis-sacrum' | 'asis' | 'sacrum' | 'mapped' | null;

/** Manual marker mapping (`--map`): it wins over recognition. */
export interface MarkerOverrides {
  left: SideMarkers;
  right: SideMarkers;
  pelvis?: string[];
}

/** Result of {@link recogniseMarkers}. */
export interface MarkerRecognition {
  left: SideMarkers;
  right: SideMarkers;
  /** Markers averaged into the pelvis centre, or null when none were found. */
  pelvis: string[] | null;
  pelvisSource: PelvisSource;
  /** Marker sets whose names the heel and toe markers of both sides use (empty when unknown). */
  markerSets: MarkerSetName[];
  /** Names of `overrides` that the file does not hold. */
  unknownOverrides: string[];
}

const POINTS = Object.keys(POINT_ALIASES) as SegmentPoint[];

// First name of the given side whose body is the earliest alias in the list.
function pick(
  names: readonly string[],
  side: 'left' | 'right',
  bodies: readonly string[],
): string | undefined {
  const norm = names.map(normaliseMarkerName);
  for (const body of bodies) {
    const k = norm.findIndex((n) => n.side === side && n.body === body);
    if (k >= 0) return names[k];
  }
  return undefined;
}

// Pelvis markers: hip joint centres, else ASIS with PSIS, with the sacrum, alone, or the sacrum.
function pelvisOf(
  names: readonly string[],
  left: SideMarkers,
  right: SideMarkers,
): { pelvis: string[] | null; pelvisSource: PelvisSource } {
  if (left.hip && right.hip)
    return { pelvis: [left.hip, right.hip], pelvisSource: 'hip-joint-centres' };
  const pair = (bodies: readonly string[]): string[] | null => {
    const l = pick(names, 'left', bodies);
    const r = pick(names, 'right', bodies);
    return l && r ? [l, r] : null;
  };
  const asis = pair(PELVIS_ALIASES.asis);
  const psis = pair(PELVIS_ALIASES.psis);
  const sacrum = names.find((n) => PELVIS_ALIASES.sacrum.includes(normaliseMarkerName(n).whole));
  if (asis && psis) return { pelvis: [...asis, ...psis], pelvisSource: 'asis-psis' };
  if (asis && sacrum) return { pelvis: [...asis, sacrum], pelvisSource: 'asis-sacrum' };
  if (asis) return { pelvis: asis, pelvisSource: 'asis' };
  if (sacrum) return { pelvis: [sacrum], pelvisSource: 'sacrum' };
  return { pelvis: null, pelvisSource: null };
}

// Sets shared by the aliases of the chosen heel and toe markers of both sides.
function setsOf(left: SideMarkers, right: SideMarkers): MarkerSetName[] {
  const setsFor = (point: 'heel' | 'toe', name: string | undefined): MarkerSetName[] => {
    const body = name === undefined ? '' : normaliseMarkerName(name).body;
    return [...(POINT_ALIASES[point].find((a) => a.body === body)?.sets ?? [])];
  };
  const lists = [
    setsFor('heel', left.heel),
    setsFor('toe', left.toe),
    setsFor('heel', right.heel),
    setsFor('toe', right.toe),
  ];
  return lists.reduce((acc, l) => acc.filter((s) => l.includes(s)));
}

/**
 * Recognise the body-point markers of a lab (or pose) marker file from their names.
 * @param names - the file's marker names, as stored
 * @param overrides - manual mapping; a mapped point or pelvis replaces the recognised one
 * @returns per side the marker of each body point found (heel, toe, ankle, knee, hip, shoulder),
 *   the pelvis markers and how they were chosen, the marker sets the names come from, and the
 *   override names the file lacks
 * @remarks Names are compared by {@link normaliseMarkerName} against the alias table of
 *   docs/marker-sets.md (Plug-in Gait, Helen Hayes, OpenSim gait2354/2392 and Rajagopal, CODA /
 *   Cortex, IOR / CAST, Pose2Sim, OpenCap, gaitmap, GaitLens). The pelvis centre is the mean of
 *   the two hip joint centres when both exist, else of the ASIS and PSIS markers, else of both
 *   ASIS and the sacrum, else of both ASIS, else the sacrum alone. Pure: reads names only.
 */
export function recogniseMarkers(
  names: readonly string[],
  overrides: MarkerOverrides = { left: {}, right: {} },
): MarkerRecognition {
  const side = (s: 'left' | 'right'): SideMarkers => {
    const out: SideMarkers = {};
    for (const point of POINTS) {
      const hit =
        overrides[s][point] ??
        pick(
          names,
          s,
          POINT_ALIASES[point].map((a) => a.body),
        );
      if (hit) out[point] = hit;
    }
    return out;
  };
  const left = side('left');
  const right = side('right');
  const found = overrides.pelvis
    ? { pelvis: overrides.pelvis, pelvisSource: 'mapped' as const }
    : pelvisOf(names, left, right);
  const mapped = [
    ...Object.values(overrides.left),
    ...Object.values(overrides.right),
    ...(overrides.pelvis ?? []),
  ];
  return {
    left,
    right,
    ...found,
    markerSets: setsOf(left, right),
    unknownOverrides: mapped.filter((n) => !names.includes(n)),
  };
}
