import type { GaitTrajectories, PointSeries, SegmentPoint, SidePoints } from './types';

/** Options of {@link repairLegSwaps}. */
export interface RepairLegSwapsParams {
  /** A frame is swapped when the swapped cost is below this fraction of the kept cost (0–1). */
  swapCostFrac: number;
}

/** Default options of {@link repairLegSwaps}. */
export const DEFAULT_REPAIR_LEG_SWAPS_PARAMS: Readonly<RepairLegSwapsParams> = Object.freeze({
  swapCostFrac: 0.5,
});

/** Result of {@link repairLegSwaps}. */
export interface RepairLegSwapsResult {
  trajectories: GaitTrajectories;
  /** 1 where the left and right legs were exchanged, per frame. */
  swappedMask: Uint8Array;
  swappedFrames: number;
}

const LEG_POINTS: readonly SegmentPoint[] = ['heel', 'toe', 'ankle', 'knee', 'hip'];

// Squared distance of side a's points at frame i to predicted positions `pred`.
function cost(
  side: SidePoints,
  i: number,
  pred: Map<PointSeries, number[]>,
  axes: ('x' | 'y' | 'z')[],
): number {
  let sum = 0;
  for (const name of ['heel', 'toe', 'ankle', 'knee'] as const) {
    const p = side[name];
    const q = p && pred.get(p);
    if (!p || !q) continue;
    axes.forEach((a, k) => {
      const d = p[a][i]! - q[k]!;
      if (Number.isFinite(d)) sum += d * d;
    });
  }
  return sum;
}

// One greedy pass over the frames in `order`; the mask is relative to the raw labels.
function swapPass(
  traj: GaitTrajectories,
  params: RepairLegSwapsParams,
  order: number[],
): Uint8Array {
  const n = traj.timesS.length;
  const axes = (['x', 'y', 'z'] as const).filter((a) => a !== traj.depthAxis);
  const mask = new Uint8Array(n);
  const rep = {
    left: new Map<SegmentPoint, number[][]>(),
    right: new Map<SegmentPoint, number[][]>(),
  };
  const hist = (side: 'left' | 'right', name: SegmentPoint): number[][] => {
    let h = rep[side].get(name);
    if (!h) rep[side].set(name, (h = []));
    return h;
  };
  const predict = (h: number[][]): number[] | undefined => {
    const a = h[h.length - 1];
    const b = h[h.length - 2];
    if (!a) return undefined;
    return b ? a.map((v, k) => 2 * v - b[k]!) : a;
  };
  for (const i of order) {
    const predL = new Map<PointSeries, number[]>();
    const predR = new Map<PointSeries, number[]>();
    const swL = new Map<PointSeries, number[]>();
    const swR = new Map<PointSeries, number[]>();
    for (const name of ['heel', 'toe', 'ankle', 'knee'] as const) {
      const l = traj.left[name];
      const r = traj.right[name];
      const pl = predict(hist('left', name));
      const pr = predict(hist('right', name));
      if (l && pl) predL.set(l, pl);
      if (r && pr) predR.set(r, pr);
      if (r && pl) swL.set(r, pl);
      if (l && pr) swR.set(l, pr);
    }
    const keep = cost(traj.left, i, predL, [...axes]) + cost(traj.right, i, predR, [...axes]);
    const swap = cost(traj.right, i, swL, [...axes]) + cost(traj.left, i, swR, [...axes]);
    mask[i] = swap < params.swapCostFrac * keep ? 1 : 0;
    for (const name of ['heel', 'toe', 'ankle', 'knee'] as const) {
      const src = { left: traj.left[name], right: traj.right[name] };
      for (const side of ['left', 'right'] as const) {
        const from = mask[i] ? src[side === 'left' ? 'right' : 'left'] : src[side];
        const v = from ? axes.map((a) => from[a][i]!) : [];
        if (v.length && v.every(Number.isFinite)) hist(side, name).push(v);
      }
    }
  }
  const count = mask.reduce((a, v) => a + v, 0);
  return count > n / 2 ? mask.map((v) => (v ? 0 : 1)) : mask;
}

/**
 * Repair frames where a pose estimator exchanged the left and right legs, by continuity.
 * @param traj - trajectories (gaps preferably filled, not yet low-pass filtered); not modified
 * @param params - `swapCostFrac` (0–1, default 0.5)
 * @returns repaired trajectories, the per-frame swap mask and the number of swapped frames
 * @remarks Frame by frame, each leg's heel, toe, ankle and knee positions (all axes except depth)
 *   are predicted from the two previous repaired frames at constant velocity. A frame is swapped
 *   when assigning the raw left points to the right leg (and vice versa) costs less than
 *   `swapCostFrac` times keeping them. All leg points (heel to hip) are exchanged together. If the
 *   repaired labelling disagrees with the raw labels on more than half of the frames, the whole
 *   mask is inverted: the labels the estimator gave most of the time are taken as correct. The pass
 *   runs forward and backward in time and only frames flagged by both are swapped: a pass that loses
 *   track after a swap (noise near a leg crossing) stays wrong until the end, and the other pass,
 *   entering the same swap from its other side, does not share that error.
 *   Missing data: NaN coordinates add nothing to a cost; a frame without any finite point is kept.
 * @see Stenum J, Rossi C, Roemmich RT. Two-dimensional video-based analysis of human gait using
 *   pose estimation. PLoS Comput Biol. 2021;17(4):e1008935 (manual L/R swap correction that this
 *   automates). doi:10.1371/journal.pcbi.1008935
 */
export function repairLegSwaps(
  traj: GaitTrajectories,
  params: RepairLegSwapsParams = DEFAULT_REPAIR_LEG_SWAPS_PARAMS,
): RepairLegSwapsResult {
  const n = traj.timesS.length;
  const forward = Array.from({ length: n }, (_, i) => i);
  const fwd = swapPass(traj, params, forward);
  const back = swapPass(traj, params, forward.reverse());
  const mask = fwd.map((v, i) => v & back[i]!);
  const swapped = mask.reduce((a, v) => a + v, 0);
  return { trajectories: applySwapMask(traj, mask), swappedMask: mask, swappedFrames: swapped };
}

// Exchange left and right leg points on the frames flagged in `mask`.
function applySwapMask(traj: GaitTrajectories, mask: Uint8Array): GaitTrajectories {
  const left: Record<string, PointSeries> = { ...traj.left };
  const right: Record<string, PointSeries> = { ...traj.right };
  for (const name of LEG_POINTS) {
    const l = traj.left[name];
    const r = traj.right[name];
    if (!l || !r) continue;
    const nl: PointSeries = { x: l.x.slice(), y: l.y.slice(), z: l.z.slice() };
    const nr: PointSeries = { x: r.x.slice(), y: r.y.slice(), z: r.z.slice() };
    mask.forEach((m, i) => {
      if (!m) return;
      for (const a of ['x', 'y', 'z'] as const) {
        nl[a][i] = r[a][i]!;
        nr[a][i] = l[a][i]!;
      }
    });
    left[name] = nl;
    right[name] = nr;
  }
  const out: GaitTrajectories = { ...traj, left: left as SidePoints, right: right as SidePoints };
  if (traj.visibilityFrac) {
    const vl = traj.visibilityFrac.left.slice();
    const vr = traj.visibilityFrac.right.slice();
    mask.forEach((m, i) => {
      if (m) [vl[i], vr[i]] = [traj.visibilityFrac!.right[i]!, traj.visibilityFrac!.left[i]!];
    });
    out.visibilityFrac = { left: vl, right: vr };
  }
  return out;
}
