/**
 * The table of lab and pose marker names GaitLens recognises (docs/marker-sets.md). Names are
 * compared after {@link normaliseMarkerName}: the side prefix or suffix is split off and the rest
 * (the "body" of the name) is looked up here, first alias first.
 */
import type { SegmentPoint } from '../preprocess/types';

/** Marker sets the aliases come from (the names of docs/marker-sets.md). */
export type MarkerSetName =
  | 'Plug-in Gait'
  | 'Helen Hayes'
  | 'OpenSim gait2354/2392'
  | 'OpenSim Rajagopal'
  | 'CODA / Cortex'
  | 'IOR / CAST'
  | 'Pose2Sim'
  | 'OpenCap'
  | 'gaitmap'
  | 'GaitLens';

/** One alias: the normalised body of a marker name and the sets that use it. */
export interface MarkerAlias {
  /** Upper case, no separators, no side: `HEE`, `TOETIP`, `5META`. */
  body: string;
  sets: readonly MarkerSetName[];
}

const PIG_HH: MarkerSetName[] = ['Plug-in Gait', 'Helen Hayes'];

/**
 * Aliases per body point, in order of preference (the first present wins). Toe: the most distal
 * forefoot marker first (toe tip, hallux, 2nd, 1st, then 5th metatarsal head). Ankle and knee: the
 * lateral marker before the medial one.
 */
export const POINT_ALIASES: Readonly<Record<SegmentPoint, readonly MarkerAlias[]>> = {
  heel: [
    { body: 'HEE', sets: PIG_HH },
    {
      body: 'HEEL',
      sets: ['OpenSim gait2354/2392', 'OpenSim Rajagopal', 'CODA / Cortex', 'Pose2Sim', 'GaitLens'],
    },
    { body: 'FCC', sets: ['IOR / CAST', 'gaitmap'] },
    { body: 'CALC', sets: ['OpenCap'] },
  ],
  toe: [
    {
      body: 'TOE',
      sets: [...PIG_HH, 'OpenSim Rajagopal', 'CODA / Cortex', 'OpenCap', 'gaitmap'],
    },
    { body: 'TOETIP', sets: ['OpenSim gait2354/2392'] },
    { body: 'BIGTOE', sets: ['Pose2Sim'] },
    { body: 'FOOTINDEX', sets: ['GaitLens'] },
    { body: 'FM2', sets: ['IOR / CAST'] },
    { body: 'MT2', sets: ['CODA / Cortex'] },
    { body: 'FM1', sets: ['IOR / CAST'] },
    { body: 'FMT1', sets: ['IOR / CAST'] },
    { body: 'MT1', sets: ['CODA / Cortex'] },
    { body: 'TOEMED', sets: ['OpenSim gait2354/2392'] },
    { body: 'TOELAT', sets: ['OpenSim gait2354/2392'] },
    { body: 'FM5', sets: ['IOR / CAST', 'gaitmap'] },
    { body: 'FMT5', sets: ['IOR / CAST'] },
    { body: 'MT5', sets: ['OpenSim Rajagopal', 'CODA / Cortex'] },
    { body: '5META', sets: ['OpenCap'] },
    { body: 'SMALLTOE', sets: ['Pose2Sim'] },
  ],
  ankle: [
    { body: 'ANK', sets: PIG_HH },
    {
      body: 'ANKLE',
      sets: ['OpenSim Rajagopal', 'CODA / Cortex', 'Pose2Sim', 'OpenCap', 'GaitLens'],
    },
    { body: 'ANKLELAT', sets: ['OpenSim gait2354/2392'] },
    { body: 'FAL', sets: ['IOR / CAST'] },
    { body: 'ANKLEMED', sets: ['OpenSim gait2354/2392'] },
    { body: 'MANKLE', sets: ['OpenSim Rajagopal', 'OpenCap'] },
    { body: 'TAM', sets: ['IOR / CAST'] },
  ],
  knee: [
    { body: 'KNE', sets: PIG_HH },
    {
      body: 'KNEE',
      sets: ['OpenSim Rajagopal', 'CODA / Cortex', 'Pose2Sim', 'OpenCap', 'GaitLens'],
    },
    { body: 'KNEELAT', sets: ['OpenSim gait2354/2392'] },
    { body: 'FLE', sets: ['IOR / CAST'] },
    { body: 'KNEEMED', sets: ['OpenSim gait2354/2392'] },
    { body: 'MKNEE', sets: ['OpenSim Rajagopal', 'OpenCap'] },
    { body: 'FME', sets: ['IOR / CAST'] },
  ],
  hip: [
    { body: 'HIP', sets: ['CODA / Cortex', 'Pose2Sim', 'GaitLens'] },
    { body: 'HJC', sets: ['OpenSim Rajagopal', 'OpenCap'] },
  ],
  shoulder: [
    { body: 'SHO', sets: ['Plug-in Gait'] },
    { body: 'SHOULDER', sets: ['OpenSim Rajagopal', 'Pose2Sim', 'OpenCap', 'GaitLens'] },
    { body: 'ACROMIUM', sets: ['OpenSim gait2354/2392'] },
    { body: 'ACR', sets: ['IOR / CAST'] },
  ],
};

/** Pelvis landmarks: sided ASIS and PSIS bodies, and whole names of a single sacrum marker. */
export const PELVIS_ALIASES = Object.freeze({
  asis: ['ASI', 'ASIS', 'IAS'],
  psis: ['PSI', 'PSIS', 'IPS'],
  sacrum: ['SACR', 'SACRUM', 'VSACRAL', 'S2'],
});

/** A normalised marker name. */
export interface NormalisedMarkerName {
  side: 'left' | 'right' | null;
  /** The name without subject prefix, `_study` suffix, side and separators, upper case. */
  body: string;
  /** The whole name without subject prefix, `_study` suffix and separators, upper case. */
  whole: string;
}

/**
 * Normalise a marker name for lookup in {@link POINT_ALIASES}.
 * @param name - a marker label as stored in the file (e.g. `Subj:LHEE`, `L.Toe.Tip`, `r_calc_study`)
 * @returns side (from a `L`/`R`/`left`/`right` prefix, or a separated `_L`/`.R` suffix), body and
 *   whole name
 * @remarks Drops a Vicon `subject:` prefix and OpenCap's `_study` suffix, then upper-cases and
 *   removes `.`, `_`, `-` and spaces. A name that starts with L or R is read as sided (so `LASI`
 *   is left `ASI`); names of unsided markers (`SACR`, `V.Sacral`, `S2`) are matched whole.
 */
export function normaliseMarkerName(name: string): NormalisedMarkerName {
  let raw = (name.split(':').pop() ?? name).trim().replace(/_study$/i, '');
  let side: NormalisedMarkerName['side'] = null;
  const suffix = /[._\s-](L|R|LEFT|RIGHT)$/i.exec(raw);
  if (suffix) {
    side = suffix[1]!.toUpperCase().startsWith('L') ? 'left' : 'right';
    raw = raw.slice(0, suffix.index);
  }
  const whole = raw.toUpperCase().replace(/[._\s-]/g, '');
  if (side) return { side, body: whole, whole };
  const prefix = /^(LEFT|RIGHT|L|R)(.+)$/.exec(whole);
  if (!prefix) return { side: null, body: whole, whole };
  return { side: prefix[1]!.startsWith('L') ? 'left' : 'right', body: prefix[2]!, whole };
}

// Lower-limb BlazePose landmark names, as GaitLens, Pose2Sim and Sports2D write them in TRC / C3D files.
const VIDEO_FOOT_MARKERS = ['left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'];

/**
 * Whether a marker file holds pose-model landmarks from video rather than lab markers.
 * @param names - the file's marker labels (trimmed)
 * @returns true when the heels and foot indices carry BlazePose's names (`left_heel`,
 *   `right_foot_index`, …)
 * @remarks Such files (GaitLens's own TRC and C3D exports, Pose2Sim, Sports2D) have video's noise
 *   and video's unreliable bout edges, not those of retro-reflective markers, so they are analysed
 *   as video is (source `video-markers`: 6 Hz low-pass, no open bout edges, no heel-on-floor
 *   refinement). Then GaitLens's own exports re-analyse to the events of the video analysis
 *   (docs/export-formats.md); with the lab default (10 Hz) the demo's events move by up to 40 ms.
 */
export function isVideoLandmarkSet(names: readonly string[]): boolean {
  const set = new Set(names);
  return VIDEO_FOOT_MARKERS.every((n) => set.has(n));
}
