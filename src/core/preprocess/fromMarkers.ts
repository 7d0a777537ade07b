import type { Axis, GaitTrajectories, PointSeries, SegmentPoint, SidePoints } from './types';
import { TRAJECTORIES_FORMAT } from './types';

/** One marker's trajectory in the lab frame; NaN marks missing samples. */
export interface MarkerTrajectory {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/** Which marker (or markers, averaged) stands for each body point of one side. */
export type MarkerMap = Partial<Record<SegmentPoint, string | string[]>> & {
  heel: string | string[];
  toe: string | string[];
};

/** Input of {@link fromMarkers}. */
export interface FromMarkersInput {
  /** Marker trajectories by name, in `unit`. */
  markers: Record<string, MarkerTrajectory>;
  unit: 'mm' | 'm';
  /** Sampling rate, Hz (> 0). */
  fpsHz: number;
  /** Time of frame 0, s (default 0). */
  startTimeS?: number;
  left: MarkerMap;
  right: MarkerMap;
  /** Marker names averaged into the pelvis centre (e.g. the four pelvis markers); omit for foot-only data. */
  pelvis?: string[];
  verticalAxis: Axis;
  verticalSign: 1 | -1;
  /** True when the markers are pose-model landmarks from video (source `video-markers`). */
  videoLandmarks?: boolean;
}

// Mean of several markers, in metres.
function averageMarkers(input: FromMarkersInput, names: string | string[]): PointSeries {
  const list = typeof names === 'string' ? [names] : names;
  const scale = input.unit === 'mm' ? 0.001 : 1;
  const ms = list.map((name) => {
    const m = input.markers[name];
    if (!m) throw new RangeError(`fromMarkers: no marker named "${name}"`);
    return m;
  });
  const n = ms[0]!.x.length;
  const avg = (a: Axis): Float64Array =>
    Float64Array.from(
      { length: n },
      (_, i) => (ms.reduce((s, m) => s + m[a][i]!, 0) / ms.length) * scale,
    );
  return { x: avg('x'), y: avg('y'), z: avg('z') };
}

// Points of one side from a marker map.
function sidePoints(input: FromMarkersInput, map: MarkerMap): SidePoints {
  const out: Partial<Record<SegmentPoint, PointSeries>> = {};
  for (const [point, names] of Object.entries(map) as [SegmentPoint, string | string[]][]) {
    out[point] = averageMarkers(input, names);
  }
  return out as SidePoints;
}

/**
 * Build gait trajectories from lab motion-capture markers (e.g. gaitmap CSV, TRC files).
 * @param input - named marker trajectories (mm or m), rate in Hz, per-side marker map, vertical axis
 * @returns trajectories in metres (`unit: 'm'`, no depth axis, source `markers`, or
 *   `video-markers` when `input.videoLandmarks`)
 * @remarks Several markers given for one point are averaged per frame. Missing data: NaN in any
 *   averaged marker gives NaN for that frame. An unknown marker name is a programming error and
 *   throws a RangeError naming the marker (file readers validate names before calling).
 */
export function fromMarkers(input: FromMarkersInput): GaitTrajectories {
  const first = Object.values(input.markers)[0];
  const n = first ? first.x.length : 0;
  const t0 = input.startTimeS ?? 0;
  const traj: GaitTrajectories = {
    format: TRAJECTORIES_FORMAT,
    timesS: Float64Array.from({ length: n }, (_, i) => t0 + i / input.fpsHz),
    fpsHz: input.fpsHz,
    unit: 'm',
    verticalAxis: input.verticalAxis,
    verticalSign: input.verticalSign,
    depthAxis: null,
    left: sidePoints(input, input.left),
    right: sidePoints(input, input.right),
    source: input.videoLandmarks ? 'video-markers' : 'markers',
  };
  if (input.pelvis && input.pelvis.length > 0) traj.pelvis = averageMarkers(input, input.pelvis);
  return traj;
}
