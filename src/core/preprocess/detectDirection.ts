import { quantile } from '../math/summarize';
import { bodyCentre, legLengthUnits } from './bodyCentre';
import type { Axis, GaitTrajectories, WalkingDirection } from './types';

/** Options of {@link detectDirection}. */
export interface DetectDirectionParams {
  /** Smallest range of the body centre along a horizontal axis for a sagittal walk, leg lengths (> 0). */
  minSagittalRangeLegLengths: number;
  /** Same in metres when no leg length is known (lab data without hips), m (> 0). */
  minSagittalRangeM: number;
  /** Lab markers (whatever the leg length): a walkway trial of 1 s covers at least this much, m (> 0). */
  minMarkerRangeM: number;
  /** Smallest ratio of apparent leg length (90th / 10th percentile) for a frontal walk (> 1). */
  minFrontalScaleRatio: number;
}

/** Default options of {@link detectDirection}. */
export const DEFAULT_DETECT_DIRECTION_PARAMS: Readonly<DetectDirectionParams> = Object.freeze({
  minSagittalRangeLegLengths: 1.5,
  minSagittalRangeM: 1.5,
  minMarkerRangeM: 0.5,
  minFrontalScaleRatio: 1.2,
});

// Apparent leg length per frame (hip–ankle distance without depth), trajectory unit.
function apparentLegLength(traj: GaitTrajectories): Float64Array {
  const axes = (['x', 'y', 'z'] as const).filter((a) => a !== traj.depthAxis);
  const { hip: hl, ankle: al } = traj.left;
  const { hip: hr, ankle: ar } = traj.right;
  return Float64Array.from(traj.timesS, (_, i) => {
    if (!hl || !al || !hr || !ar) return NaN;
    const d = (h: typeof hl, a: typeof al): number =>
      Math.sqrt(axes.reduce((s, k) => s + (h[k][i]! - a[k][i]!) ** 2, 0));
    return (d(hl, al) + d(hr, ar)) / 2;
  });
}

// Least-squares slope of y against frame index over finite samples.
function slope(y: Float64Array): number {
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0; // prettier-ignore
  y.forEach((v, i) => {
    if (!Number.isFinite(v)) return;
    n++;
    sx += i;
    sy += v;
    sxx += i * i;
    sxy += i * v; // prettier-ignore
  });
  return n >= 2 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : NaN;
}

/**
 * Detect how the subject walks relative to the camera (or lab) and along which axis.
 * @param traj - trajectories (filtered); not modified
 * @param params - thresholds (see {@link DetectDirectionParams})
 * @returns view (`sagittal`, `frontal`, `not-walking`), progression axis, overall sign and label
 * @remarks Sagittal: the body centre (pelvis, or mean of the feet) covers at least 1.5 leg lengths
 *   (or 1.5 m) along a horizontal, non-depth axis — for lab markers at least 0.5 m, as a walkway
 *   trial of 1–3 s (one or two strides a side over the force plates) is all there is; the axis with the largest 5–95 % range wins and
 *   the sign is that of the net displacement. Frontal (video only): the apparent leg length changes by
 *   at least 20 % (perspective), so the subject walks toward (growing) or away from (shrinking) the
 *   camera; the progression axis is then depth, with sign −1 toward the camera (smaller depth is
 *   closer, as in BlazePose). Otherwise `not-walking`. A walk that reverses (2 × 10 m) is still one
 *   axis; bouts carry their own sign. Missing data: NaN frames are ignored.
 */
export function detectDirection(
  traj: GaitTrajectories,
  params: DetectDirectionParams = DEFAULT_DETECT_DIRECTION_PARAMS,
): WalkingDirection {
  const centre = bodyCentre(traj);
  const legUnits = legLengthUnits(traj);
  const horizontal = (['x', 'y', 'z'] as const).filter(
    (a) => a !== traj.verticalAxis && a !== traj.depthAxis,
  );
  let best: Axis = horizontal[0] ?? 'x';
  let bestRange = -1;
  for (const a of horizontal) {
    const r = quantile(centre[a], 0.95) - quantile(centre[a], 0.05);
    if (r > bestRange) [best, bestRange] = [a, r];
  }
  const minRange =
    traj.source === 'markers' && traj.unit === 'm'
      ? params.minMarkerRangeM
      : Number.isFinite(legUnits)
        ? params.minSagittalRangeLegLengths * legUnits
        : traj.unit === 'm'
          ? params.minSagittalRangeM
          : Infinity;
  const disp = Number.isFinite(legUnits) ? bestRange / legUnits : NaN;
  if (bestRange >= minRange) {
    const s = slope(centre[best]) >= 0 ? 1 : -1;
    const label =
      traj.unit === 'image-norm'
        ? s > 0
          ? 'left-to-right'
          : 'right-to-left'
        : `${s > 0 ? '+' : '-'}${best}`;
    return {
      view: 'sagittal',
      progressionAxis: best,
      sign: s,
      label,
      displacementLegLengths: disp,
    };
  }
  const apparent = apparentLegLength(traj);
  const ratio = quantile(apparent, 0.9) / quantile(apparent, 0.1);
  if (traj.depthAxis && ratio >= params.minFrontalScaleRatio) {
    const toward = slope(apparent) > 0;
    return {
      view: 'frontal',
      progressionAxis: traj.depthAxis,
      sign: toward ? -1 : 1,
      label: toward ? 'toward-camera' : 'away-from-camera',
      displacementLegLengths: disp,
    };
  }
  return {
    view: 'not-walking',
    progressionAxis: best,
    sign: 1,
    label: 'none',
    displacementLegLengths: disp,
  };
}
