import { InputFormatError } from '../errors';
import type { FromMarkersInput, MarkerMap, MarkerTrajectory } from '../preprocess/fromMarkers';
import type { Axis } from '../preprocess/types';
import { isVideoLandmarkSet } from './markerSets';
import { recogniseMarkers } from './recogniseMarkers';
import type { MarkerOverrides, MarkerRecognition } from './recogniseMarkers';

/** Timing and unit of a marker file. */
export interface MarkerTiming {
  unit: 'mm' | 'm';
  /** Sampling rate, Hz (> 0). */
  fpsHz: number;
  /** Time of the first frame, s. */
  startTimeS: number;
}

const AXES: Axis[] = ['x', 'y', 'z'];

const finiteMean = (v: Float64Array): number => {
  let s = 0;
  let n = 0;
  for (const x of v)
    if (Number.isFinite(x)) {
      s += x;
      n++;
    }
  return n ? s / n : NaN;
};

/**
 * The vertical axis of a marker recording, and which way is up.
 * @param markers - named trajectories (any unit)
 * @param rec - recognised markers (the left heel is required)
 * @returns the axis and +1 when up is positive along it, −1 when negative
 * @remarks The axis along which the mean of the pelvis markers (else the knee, hip or shoulder)
 *   is farthest from the mean of the heel is vertical, its sign telling up. Without any marker
 *   above the foot, the axis along which the heel moves least is taken, up positive (lab frames
 *   have up positive). Missing data: NaN samples are ignored.
 */
export function verticalAxisOf(
  markers: Record<string, MarkerTrajectory>,
  rec: MarkerRecognition,
): [Axis, 1 | -1] {
  const heel = markers[rec.left.heel ?? '']!;
  const upper = rec.pelvis ?? [rec.left.knee ?? rec.left.hip ?? rec.left.shoulder ?? ''];
  const ups = upper.map((n) => markers[n]).filter((m) => m !== undefined);
  if (ups.length > 0) {
    const d = AXES.map(
      (a) => ups.reduce((s, m) => s + finiteMean(m[a]), 0) / ups.length - finiteMean(heel[a]),
    );
    const k = d.reduce((best, v, i) => (Math.abs(v) > Math.abs(d[best]!) ? i : best), 0);
    return [AXES[k]!, d[k]! >= 0 ? 1 : -1];
  }
  const range = (v: Float64Array): number => {
    const f = [...v].filter(Number.isFinite);
    return Math.max(...f) - Math.min(...f);
  };
  const r = AXES.map((a) => range(heel[a]));
  return [AXES[r.indexOf(Math.min(...r))]!, 1];
}

/**
 * Build the input of `fromMarkers` from a marker file's named trajectories.
 * @param markers - named trajectories in `timing.unit` (NaN where missing)
 * @param timing - unit (mm or m), rate (Hz) and time of the first frame (s)
 * @param overrides - manual mapping (`--map`), winning over recognition
 * @returns the marker input (per-side maps, pelvis markers, vertical axis) and the recognition
 * @throws InputFormatError `unknown-markers` (path `markers` or `--map`) when a side has no heel
 *   and toe marker, naming the markers found and the `--map` to give, or when the mapping names a
 *   marker the file lacks
 * @remarks Recognition is {@link recogniseMarkers}; the vertical axis {@link verticalAxisOf}; files
 *   of video landmarks ({@link isVideoLandmarkSet}) are marked `videoLandmarks`.
 */
export function markerInput(
  markers: Record<string, MarkerTrajectory>,
  timing: MarkerTiming,
  overrides: MarkerOverrides = { left: {}, right: {} },
): { input: FromMarkersInput; recognition: MarkerRecognition } {
  const names = Object.keys(markers);
  const rec = recogniseMarkers(names, overrides);
  if (rec.unknownOverrides.length > 0)
    throw new InputFormatError(
      'unknown-markers',
      `the file has no marker named ${rec.unknownOverrides.map((n) => `"${n}"`).join(', ')}; ` +
        `its markers are ${listNames(names)}`,
      '--map',
    );
  for (const s of ['left', 'right'] as const) {
    if (rec[s].heel && rec[s].toe) continue;
    throw new InputFormatError(
      'unknown-markers',
      `no ${s} heel and toe markers recognised among ${listNames(names)}; ` +
        `name them with --map ${s}.heel=NAME,${s}.toe=NAME (docs/marker-sets.md lists the names recognised)`,
      'markers',
    );
  }
  const [verticalAxis, verticalSign] = verticalAxisOf(markers, rec);
  const input: FromMarkersInput = {
    markers,
    ...timing,
    left: rec.left as MarkerMap,
    right: rec.right as MarkerMap,
    ...(rec.pelvis ? { pelvis: rec.pelvis } : {}),
    verticalAxis,
    verticalSign,
    ...(isVideoLandmarkSet(names) ? { videoLandmarks: true } : {}),
  };
  return { input, recognition: rec };
}

// The first 40 names, then how many more.
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 40).join(', ');
  return names.length > 40 ? `${shown} and ${names.length - 40} more` : shown;
}
