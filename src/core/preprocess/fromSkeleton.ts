import { landmarkIndex } from '../skeleton/landmarks';
import type { LandmarkName } from '../skeleton/landmarks';
import type { Skeleton } from '../skeleton/types';
import type { GaitTrajectories, PointSeries, SegmentPoint, SidePoints } from './types';
import { TRAJECTORIES_FORMAT } from './types';

const POINTS: Record<SegmentPoint, string> = {
  heel: 'heel',
  toe: 'foot_index',
  ankle: 'ankle',
  knee: 'knee',
  hip: 'hip',
  shoulder: 'shoulder', // prettier-ignore
};
const LOWER: SegmentPoint[] = ['hip', 'knee', 'ankle', 'heel', 'toe'];

/**
 * Build gait trajectories from a BlazePose skeleton's image landmarks (side or frontal video).
 * @param skeleton - skeleton, format gaitlens.skeleton/1; not modified
 * @returns trajectories in `image-norm` units (x and depth z scaled by width / height so that both
 *   image axes are in fractions of the image height), vertical axis y pointing down, depth axis z,
 *   pelvis = hip midpoint, per-side mean lower-limb visibility; source `skeleton-image`
 * @remarks Uses `capture.widthPx / capture.heightPx` as the aspect ratio (1 if unknown), so a
 *   distance means the same on both image axes. BlazePose image z is depth relative to the hips, in
 *   the x scale (smaller = closer to the camera); it drives frontal views only. Missing data: frames
 *   without a subject (`image` null) give NaN for every point; visibility does not remove points
 *   (occluded far-leg landmarks are kept and only lower the events' confidence).
 */
export function fromSkeleton(skeleton: Skeleton): GaitTrajectories {
  const n = skeleton.frames.length;
  const { widthPx, heightPx } = skeleton.capture;
  const aspect = widthPx > 0 && heightPx > 0 ? widthPx / heightPx : 1;
  const series = (name: string): PointSeries & { vis: Float64Array } => {
    const idx = landmarkIndex(name as LandmarkName);
    const s = {
      x: new Float64Array(n).fill(NaN),
      y: new Float64Array(n).fill(NaN),
      z: new Float64Array(n).fill(NaN),
      vis: new Float64Array(n).fill(NaN),
    };
    skeleton.frames.forEach((f, i) => {
      const p = f.image?.[idx];
      if (!p) return;
      s.x[i] = p[0] * aspect;
      s.y[i] = p[1];
      s.z[i] = p[2] * aspect;
      s.vis[i] = f.visibility?.[idx] ?? NaN;
    });
    return s;
  };
  const side = (prefix: 'left' | 'right'): { points: SidePoints; vis: Float64Array } => {
    const all = Object.fromEntries(
      (Object.keys(POINTS) as SegmentPoint[]).map((k) => [k, series(`${prefix}_${POINTS[k]}`)]),
    ) as Record<SegmentPoint, PointSeries & { vis: Float64Array }>;
    const vis = Float64Array.from(
      { length: n },
      (_, i) => LOWER.reduce((s, k) => s + all[k].vis[i]!, 0) / LOWER.length,
    );
    const points = Object.fromEntries(
      Object.entries(all).map(([k, { x, y, z }]) => [k, { x, y, z }]),
    ) as unknown as SidePoints;
    return { points, vis };
  };
  const left = side('left');
  const right = side('right');
  const hl = left.points.hip!;
  const hr = right.points.hip!;
  const mid = (a: Float64Array, b: Float64Array): Float64Array => a.map((v, i) => (v + b[i]!) / 2);
  return {
    format: TRAJECTORIES_FORMAT,
    timesS: Float64Array.from(skeleton.frames, (f) => f.timeS),
    fpsHz: skeleton.fpsHz,
    unit: 'image-norm',
    verticalAxis: 'y',
    verticalSign: -1,
    depthAxis: 'z',
    left: left.points,
    right: right.points,
    pelvis: { x: mid(hl.x, hr.x), y: mid(hl.y, hr.y), z: mid(hl.z, hr.z) },
    visibilityFrac: { left: left.vis, right: right.vis },
    source: 'skeleton-image',
  };
}
