/**
 * Real gait-lab trials with references that no marker trajectory produced: the C3D files' own
 * Vicon events (EVENT group) and force-plate contacts (vertical force through 20 N).
 */
import { readFileSync } from 'node:fs';
import type { ReferenceEvent } from '../../../src/core/events/compareEvents';
import type { GaitEventType, Side } from '../../../src/core/events/types';
import { fromMarkers } from '../../../src/core/preprocess/fromMarkers';
import type { MarkerTrajectory } from '../../../src/core/preprocess/fromMarkers';
import {
  DEFAULT_PREPROCESS_PARAMS,
  preprocessTrajectories,
} from '../../../src/core/preprocess/preprocessTrajectories';
import type { PreprocessResult } from '../../../src/core/preprocess/preprocessTrajectories';
import type { GaitTrajectories } from '../../../src/core/preprocess/types';
import type { C3dParam } from '../../../src/export/c3d/c3dTypes';
import { readC3d } from '../../../src/export/c3d/readC3d';
import { readC3dAnalog } from '../../../src/export/c3d/readC3dAnalog';
import { readTrc } from '../../../src/export/trc/readTrc';

/** Force-plate contact threshold on the vertical force, N (common practice: 10–20 N). */
export const PLATE_THRESHOLD_N = 20;
const MARGIN_MM = 30;

/** A real trial: trajectories (m) and its independent reference events. */
export interface LabTrial {
  name: string;
  /** Marker frame rate, Hz. */
  rateHz: number;
  traj: GaitTrajectories;
  /** The file's own events (Vicon Foot Strike / Foot Off); empty when it has none. */
  labEvents: ReferenceEvent[];
  /** Contacts of a single foot on a force plate: onset = heel strike, end = toe-off. */
  plateEvents: ReferenceEvent[];
}

interface Contact {
  onS: number;
  offS: number;
}

// Runs of |force| ≥ threshold, with linearly interpolated crossing times; a run open at either
// end of the recording has no crossing there (NaN).
function contacts(f: Float64Array, rateHz: number, t0S: number): Contact[] {
  const out: Contact[] = [];
  const cross = (i: number): number => {
    const a = Math.abs(f[i]!) - PLATE_THRESHOLD_N;
    const b = Math.abs(f[i + 1]!) - PLATE_THRESHOLD_N;
    return t0S + (i + a / (a - b)) / rateHz;
  };
  let on: number | null = Math.abs(f[0]!) >= PLATE_THRESHOLD_N ? NaN : null;
  for (let i = 0; i + 1 < f.length; i++) {
    const above = Math.abs(f[i]!) >= PLATE_THRESHOLD_N;
    const next = Math.abs(f[i + 1]!) >= PLATE_THRESHOLD_N;
    if (!above && next) on = cross(i);
    if (above && !next && on !== null) {
      out.push({ onS: on, offS: cross(i) });
      on = null;
    }
  }
  if (on !== null) out.push({ onS: on, offS: NaN });
  return out.filter((c) => !(c.offS - c.onS < 0.1)); // a real stance lasts > 0.1 s
}

const events = (side: Side, c: Contact): ReferenceEvent[] =>
  [
    { side, type: 'heel-strike' as GaitEventType, timeS: c.onS },
    { side, type: 'toe-off' as GaitEventType, timeS: c.offS },
  ].filter((e) => Number.isFinite(e.timeS));

const nums = (p: C3dParam | undefined): number[] => (p && p.type !== 'char' ? p.values : []);

// Vicon Plug-in Gait C3D: markers, EVENT group, and force plates whose foot is found from the
// heel / toe markers inside the plate's CORNERS: onset is a heel strike when that foot's heel is on
// the plate then, the end a toe-off when its toe is; neither counts when the other foot is on it.
function loadPlugInGait(file: string, pelvis: string[]): LabTrial {
  const bytes = new Uint8Array(readFileSync(`../shared/data/c3d/${file}`));
  const c3d = readC3d(bytes);
  const analog = readC3dAnalog(bytes);
  const markers: Record<string, MarkerTrajectory> = {};
  for (const p of c3d.points) markers[p.label.trim()] = { x: p.x, y: p.y, z: p.z };
  const rateHz = c3d.pointRateHz;
  const startTimeS = (c3d.firstFrame - 1) / rateHz;
  const traj = fromMarkers({
    markers,
    unit: 'mm',
    fpsHz: rateHz,
    startTimeS,
    left: { heel: 'LHEE', toe: 'LTOE', ankle: 'LANK' },
    right: { heel: 'RHEE', toe: 'RTOE', ankle: 'RANK' },
    pelvis,
    verticalAxis: 'z',
    verticalSign: 1,
  });
  const labEvents = c3d.events
    .filter((e) => e.context === 'Left' || e.context === 'Right')
    .map((e) => ({
      side: e.context === 'Left' ? ('left' as const) : ('right' as const),
      type: e.label === 'Foot Strike' ? ('heel-strike' as const) : ('toe-off' as const),
      timeS: e.timeS,
    }));
  const fp = c3d.parameters.FORCE_PLATFORM!;
  const corners = nums(fp.CORNERS);
  const channel = nums(fp.CHANNEL);
  const plateEvents: ReferenceEvent[] = [];
  for (let p = 0; p < (nums(fp.USED)[0] ?? 0); p++) {
    const xs = [0, 1, 2, 3].map((k) => corners[12 * p + 3 * k]!);
    const ys = [0, 1, 2, 3].map((k) => corners[12 * p + 3 * k + 1]!);
    // the heel marker sits behind the heel's contact surface: 30 mm of margin around the plate
    const inside = (m: MarkerTrajectory, tS: number): boolean => {
      const i = Math.round((tS - startTimeS) * rateHz);
      const [x, y] = [m.x[i]!, m.y[i]!];
      const within = (v: number, vs: number[]): boolean =>
        v >= Math.min(...vs) - MARGIN_MM && v <= Math.max(...vs) + MARGIN_MM;
      return within(x, xs) && within(y, ys);
    };
    const fz = analog.channels[channel[6 * p + 2]! - 1]!.values; // type-2 plates: Fx Fy Fz Mx My Mz
    for (const c of contacts(fz, analog.rateHz, analog.startTimeS)) {
      for (const [side, s, o] of [
        ['left', 'L', 'R'],
        ['right', 'R', 'L'],
      ] as const) {
        const at = [c.onS, c.offS].filter(Number.isFinite);
        const onPlate = (foot: string, t: number): boolean =>
          inside(markers[`${foot}HEE`]!, t) || inside(markers[`${foot}TOE`]!, t);
        if (at.some((t) => onPlate(o, t))) continue; // both feet on the plate: no clean contact
        if (inside(markers[`${s}HEE`]!, c.onS)) plateEvents.push(...events(side, { ...c, offS: NaN })); // prettier-ignore
        if (inside(markers[`${s}TOE`]!, c.offS)) plateEvents.push(...events(side, { ...c, onS: NaN })); // prettier-ignore
      }
    }
  }
  return { name: file, rateHz, traj, labEvents, plateEvents };
}

/** Vicon Nexus Plug-in Gait, subject "flatFoot", 100 Hz, 3 force plates at 1000 Hz (BTKData). */
export const loadPiG = (): LabTrial =>
  loadPlugInGait('PiG_Motion3_FF.c3d', ['LASI', 'RASI', 'LPSI', 'RPSI']);
/** c3d.org sample09, Plug-in Gait (Vicon Workstation), 60 Hz, 2 force plates at 1200 Hz. */
export const loadSample09 = (): LabTrial =>
  loadPlugInGait('PlugInC3D.c3d', ['LASI', 'RASI', 'SACR']);

/**
 * OpenSim gait2354 example trial (60 Hz markers, Y up, +X forward) with its two force plates
 * (600 Hz `.mot`; `ground_force_vy` on the right foot, `1_ground_force_vy` on the left).
 */
export function loadOpenSim(): LabTrial {
  const dir = 'tests/fixtures/opensim-gait2354';
  const trc = readTrc(readFileSync(`${dir}/subject01_walk1.trc`, 'utf8'));
  const markers: Record<string, MarkerTrajectory> = {};
  for (const m of trc.markers) markers[m.name] = { x: m.xM, y: m.yM, z: m.zM };
  const traj = fromMarkers({
    markers,
    unit: 'm',
    fpsHz: trc.dataRateHz,
    startTimeS: trc.timesS[0] ?? 0,
    left: { heel: 'L.Heel', toe: 'L.Toe.Tip' },
    right: { heel: 'R.Heel', toe: 'R.Toe.Tip' },
    pelvis: ['R.ASIS', 'L.ASIS', 'V.Sacral'],
    verticalAxis: 'y',
    verticalSign: 1,
  });
  const lines = readFileSync(`${dir}/subject01_walk1_grf.mot`, 'utf8').trim().split('\n');
  const head = lines.findIndex((l) => l.startsWith('time'));
  const names = lines[head]!.trim().split('\t');
  const rows = lines.slice(head + 1).map((l) => l.trim().split('\t').map(Number));
  const col = (n: string): Float64Array => Float64Array.from(rows, (r) => r[names.indexOf(n)]!);
  const t = col('time');
  const rateHz = Math.round((rows.length - 1) / (t[t.length - 1]! - t[0]!));
  const plateEvents = [
    ...contacts(col('ground_force_vy'), rateHz, t[0]!).flatMap((c) => events('right', c)),
    ...contacts(col('1_ground_force_vy'), rateHz, t[0]!).flatMap((c) => events('left', c)),
  ];
  return {
    name: 'opensim subject01_walk1',
    rateHz: trc.dataRateHz,
    traj,
    labEvents: [],
    plateEvents,
  };
}

/**
 * Pre-processing of the OpenSim trial (10 Hz low-pass). Its pelvis stays within 0.05 m of
 * x = 0.6 m: the subject walks on a treadmill, which `preprocessTrajectories` recognises
 * (`detectTreadmillBelt`: belt along x, walking +x) and whose travel it adds.
 * @param trial - the trial of {@link loadOpenSim}
 */
export function treadmillPrep(trial: LabTrial): PreprocessResult {
  const pre = preprocessTrajectories(trial.traj, { ...DEFAULT_PREPROCESS_PARAMS, cutoffHz: 10 });
  const d = pre.direction;
  const belt = pre.report.treadmill;
  if (!belt || belt.axis !== 'x' || belt.sign !== 1 || d.progressionAxis !== 'x' || d.sign !== 1)
    throw new Error(
      `treadmillPrep: not recognised as a treadmill walk along +x: ${JSON.stringify(d)}`,
    );
  return pre;
}
