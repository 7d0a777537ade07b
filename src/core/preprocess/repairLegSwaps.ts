import type { GaitTrajectories, PointSeries, SidePoints } from './types';

/** Options of {@link repairLegSwaps}. */
export interface RepairLegSwapsParams {
  /**
   * Cost of starting or ending a run of exchanged frames, as a multiple of the median per-frame
   * acceleration cost of the raw labels (dimensionless, ≥ 0).
   */
  switchPenaltyMedians: number;
  /**
   * Frames whose leg separation is below this fraction of the median separation are collapsed
   * (both labels on one leg, or legs side by side) and carry no label information (0–1).
   */
  collapseSeparationFrac: number;
}

/** Default options of {@link repairLegSwaps}. */
export const DEFAULT_REPAIR_LEG_SWAPS_PARAMS: Readonly<RepairLegSwapsParams> = Object.freeze({
  switchPenaltyMedians: 4,
  collapseSeparationFrac: 0.3,
});

/** Result of {@link repairLegSwaps}. */
export interface RepairLegSwapsResult {
  trajectories: GaitTrajectories;
  /** 1 where the left and right legs were exchanged, per frame. */
  swappedMask: Uint8Array;
  swappedFrames: number;
}

const LEG_POINTS = ['heel', 'toe', 'ankle', 'knee', 'hip'] as const;
const TRACKED = ['heel', 'toe', 'ankle', 'knee'] as const;

// Coordinate series (non-depth axes) of the tracked points of both legs: [left, right] pairs.
function trackedSeries(traj: GaitTrajectories): [Float64Array, Float64Array][] {
  const axes = (['x', 'y', 'z'] as const).filter((a) => a !== traj.depthAxis);
  const out: [Float64Array, Float64Array][] = [];
  for (const name of TRACKED) {
    const l = traj.left[name];
    const r = traj.right[name];
    if (l && r) for (const a of axes) out.push([l[a], r[a]]);
  }
  return out;
}

// Squared change of velocity (units per frame) of both legs over the chain frames f0 < f1 < f2
// when they carry swaps a, b, c; for consecutive frames this is the squared second difference.
function accelerationCost(
  series: [Float64Array, Float64Array][],
  f: readonly [number, number, number],
  a: number,
  b: number,
  c: number,
): number {
  const [f0, f1, f2] = f;
  let sum = 0;
  for (const pair of series) {
    for (let leg = 0; leg < 2; leg++) {
      const p1 = pair[leg ^ b]![f1]!;
      const d = (pair[leg ^ c]![f2]! - p1) / (f2 - f1) - (p1 - pair[leg ^ a]![f0]!) / (f1 - f0);
      if (Number.isFinite(d)) sum += d * d;
    }
  }
  return sum;
}

// Squared separation of the two legs per frame (NaN without any finite pair).
function legSeparation(series: [Float64Array, Float64Array][], n: number): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    let sum = NaN;
    for (const [l, r] of series) {
      const d = l[i]! - r[i]!;
      if (Number.isFinite(d)) sum = (Number.isFinite(sum) ? sum : 0) + d * d;
    }
    out[i] = sum;
  }
  return out;
}

// Median of the positive values (0 when none).
function medianPositive(values: ArrayLike<number>): number {
  const v = Array.from(values)
    .filter((x) => x > 0)
    .sort((p, q) => p - q);
  return v.length ? v[Math.floor(v.length / 2)]! : 0;
}

// Frames that carry label information: some finite data and legs not collapsed onto each other.
function chainFrames(sep: Float64Array, params: RepairLegSwapsParams): number[] {
  const limit = params.collapseSeparationFrac ** 2 * medianPositive(sep);
  const out: number[] = [];
  sep.forEach((v, i) => {
    if (Number.isFinite(v) && v >= limit) out.push(i);
  });
  return out;
}

/**
 * Most likely swap mask by dynamic programming (Viterbi over the swap states of two chain frames).
 * Minimises Σ acceleration cost + penalty · (label switches) + a tie-breaking cost per exchanged
 * frame. Frames off the chain (no data, collapsed legs) take the labelling closer to the line
 * between their chain neighbours.
 * @param traj - trajectories; not modified
 * @param params - penalty and collapse threshold
 * @returns the swap mask relative to the raw labels (1 = exchanged)
 */
function viterbiMask(traj: GaitTrajectories, params: RepairLegSwapsParams): Uint8Array {
  const n = traj.timesS.length;
  const mask = new Uint8Array(n);
  const series = trackedSeries(traj);
  const chain = chainFrames(legSeparation(series, n), params);
  const m = chain.length;
  if (m < 3) return mask;
  const at = (k: number): [number, number, number] => [chain[k - 2]!, chain[k - 1]!, chain[k]!];
  const rawCosts = Array.from({ length: m - 2 }, (_, k) =>
    accelerationCost(series, at(k + 2), 0, 0, 0),
  );
  const penalty = params.switchPenaltyMedians * medianPositive(rawCosts);
  const tie = 1e-6 * penalty;
  // state s = 2·(swap at chain k−1) + (swap at chain k); cost[s] of the best path ending in s
  let cost = [0, penalty + tie, penalty + tie, 2 * tie];
  const back: Uint8Array[] = [];
  for (let k = 2; k < m; k++) {
    const next = [Infinity, Infinity, Infinity, Infinity];
    const from = new Uint8Array(4);
    for (let s = 0; s < 4; s++) {
      const a = s >> 1;
      const b = s & 1;
      for (let c = 0; c < 2; c++) {
        const v =
          cost[s]! + accelerationCost(series, at(k), a, b, c) + (b === c ? 0 : penalty) + tie * c;
        const t = 2 * b + c;
        if (v < next[t]!) [next[t], from[t]] = [v, s];
      }
    }
    back.push(from);
    cost = next;
  }
  const state = new Uint8Array(m);
  let s = cost.indexOf(Math.min(...cost));
  for (let k = m - 1; k >= 2; k--) {
    state[k] = s & 1;
    s = back[k - 2]![s]!;
  }
  [state[1], state[0]] = [s & 1, s >> 1];
  chain.forEach((f, k) => (mask[f] = state[k]!));
  for (let k = 0; k + 1 < m; k++) {
    for (let i = chain[k]! + 1; i < chain[k + 1]!; i++)
      mask[i] = offChainState(series, i, chain[k]!, chain[k + 1]!, mask);
  }
  for (let i = 0; i < chain[0]!; i++) mask[i] = state[0]!;
  for (let i = chain[m - 1]! + 1; i < n; i++) mask[i] = state[m - 1]!;
  return mask;
}

// State of an off-chain frame i between chain frames p < i < q: the labelling closer to the
// straight line between the repaired positions at p and q (the state at p on a tie).
function offChainState(
  series: [Float64Array, Float64Array][],
  i: number,
  p: number,
  q: number,
  mask: Uint8Array,
): number {
  const u = (i - p) / (q - p);
  const cost = [0, 0];
  for (const pair of series) {
    for (let leg = 0; leg < 2; leg++) {
      const line = (1 - u) * pair[leg ^ mask[p]!]![p]! + u * pair[leg ^ mask[q]!]![q]!;
      for (let c = 0; c < 2; c++) {
        const d = pair[leg ^ c]![i]! - line;
        if (Number.isFinite(d)) cost[c]! += d * d;
      }
    }
  }
  return cost[1]! < cost[0]! ? 1 : cost[0]! < cost[1]! ? 0 : mask[p]!;
}

/**
 * Repair frames where a pose estimator exchanged the left and right legs, by continuity.
 * @param traj - trajectories (gaps preferably filled, not yet low-pass filtered); not modified
 * @param params - `switchPenaltyMedians` (≥ 0, default 4)
 * @returns repaired trajectories, the per-frame swap mask and the number of swapped frames
 * @remarks Each frame is either kept or has its left and right leg points exchanged. The mask
 *   minimises, over the whole recording at once (Viterbi dynamic programming over the swap states
 *   of two consecutive frames), the summed squared acceleration (second difference) of both legs'
 *   heel, toe, ankle and knee on all axes except depth, plus a penalty for each start or end of a run
 *   of exchanged frames (`switchPenaltyMedians` × the median per-frame acceleration cost of the raw
 *   labels), so the estimator's labels win when continuity does not clearly disagree; a long swap
 *   costs no more to repair than a short one, since its evidence lies at its two ends. All leg points (heel to hip)
 *   are exchanged together. If the mask covers more than half of the frames it is inverted: the
 *   labels the estimator gave most of the time are taken as correct. Unlike a greedy frame-by-frame
 *   tracker, a global optimum cannot lose track after a swap; it also repairs runs of single-frame
 *   alternations, which BlazePose produces for the occluded far leg in side views.
 *   Missing data: NaN coordinates add nothing to a cost (so frames without a subject carry no
 *   continuity and the penalty keeps the raw labels there).
 * @see Stenum J, Rossi C, Roemmich RT. Two-dimensional video-based analysis of human gait using
 *   pose estimation. PLoS Comput Biol. 2021;17(4):e1008935 (manual L/R swap correction that this
 *   automates). doi:10.1371/journal.pcbi.1008935
 * @see Viterbi AJ. Error bounds for convolutional codes and an asymptotically optimum decoding
 *   algorithm. IEEE Trans Inf Theory. 1967;13(2):260–269. doi:10.1109/TIT.1967.1054010
 */
export function repairLegSwaps(
  traj: GaitTrajectories,
  params: RepairLegSwapsParams = DEFAULT_REPAIR_LEG_SWAPS_PARAMS,
): RepairLegSwapsResult {
  const n = traj.timesS.length;
  const raw = viterbiMask(traj, params);
  const mask = raw.reduce((a, v) => a + v, 0) > n / 2 ? raw.map((v) => 1 - v) : raw;
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
