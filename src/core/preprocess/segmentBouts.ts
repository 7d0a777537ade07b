import { lowpassFiltfilt } from '../math/butterworth';
import { centralDifference } from '../math/centralDifference';
import { median } from '../math/summarize';
import { bodyCentre, legLengthUnits } from './bodyCentre';
import type {
  Bout,
  ExcludedReason,
  ExcludedSpan,
  GaitTrajectories,
  WalkingDirection,
} from './types';

/** Options of {@link segmentBouts}. */
export interface SegmentBoutsParams {
  /** Cut-off of the low-pass that turns the body centre into a smooth progression, Hz (> 0, below step frequency). */
  progressionCutoffHz: number;
  /** Walking needs a progression speed of at least this many leg lengths per second (> 0). */
  minSpeedLegLengthsPerS: number;
  /** Same in m/s when no leg length is known (lab data without hips). */
  minSpeedMPerS: number;
  /** Bout edges slower than this fraction of the bout's median speed are trimmed (approach / leave), 0–1. */
  steadySpeedFrac: number;
  /** Shortest bout kept, s (> 0). */
  minBoutS: number;
  /** Shortest bout kept for lab markers (short walkway trials), s (> 0). */
  minMarkerBoutS: number;
}

/** Default options of {@link segmentBouts}. */
export const DEFAULT_SEGMENT_BOUTS_PARAMS: Readonly<SegmentBoutsParams> = Object.freeze({
  progressionCutoffHz: 0.5,
  minSpeedLegLengthsPerS: 0.3,
  minSpeedMPerS: 0.25,
  steadySpeedFrac: 0.6,
  minBoutS: 1.5,
  minMarkerBoutS: 0.8,
});

/** Result of {@link segmentBouts}. */
export interface SegmentBoutsResult {
  bouts: Bout[];
  excluded: ExcludedSpan[];
  /** Smoothed body-centre position along the progression axis per frame, trajectory unit (NaN missing). */
  progressionUnits: Float64Array;
  /** Its time derivative, trajectory unit per s. */
  progressionSpeedUnitsPerS: Float64Array;
}

/**
 * Split a recording into straight, steady walking bouts; report turns, standing, approach and leave.
 * @param traj - filtered trajectories; not modified
 * @param direction - result of `detectDirection`
 * @param params - see {@link SegmentBoutsParams}
 * @returns bouts (frames, times, sign, speed), excluded spans with reasons, and the smoothed progression
 * @remarks The body centre along the progression axis is low-passed at 0.5 Hz (well below the step
 *   frequency, so it behaves like a constant-speed pelvis) and differentiated. Frames faster than
 *   0.3 leg lengths/s (or 0.25 m/s) with a constant direction form candidate bouts; each is trimmed
 *   at both ends while slower than 60 % of its median speed (approach / leave) and dropped when
 *   shorter than 1.5 s (0.8 s for lab markers, whose walkway trials last 1–3 s; their bouts are
 *   marked `openEdges`, as marker data stay reliable up to the edges). A slow stretch between bouts of opposite sign is a turn, otherwise standing.
 *   Frontal views have no usable progression signal in the image, so every finite stretch longer
 *   than `minBoutS` is one bout with the direction's sign. Missing data: NaN frames are `missing`.
 */
export function segmentBouts(
  traj: GaitTrajectories,
  direction: WalkingDirection,
  params: SegmentBoutsParams = DEFAULT_SEGMENT_BOUTS_PARAMS,
): SegmentBoutsResult {
  const n = traj.timesS.length;
  const fps = traj.fpsHz;
  const raw = bodyCentre(traj)[direction.progressionAxis];
  const pos = lowpassFiltfilt(raw, params.progressionCutoffHz, fps);
  const speed = centralDifference(pos, fps);
  const leg = legLengthUnits(traj);
  const minSpeed = Number.isFinite(leg)
    ? params.minSpeedLegLengthsPerS * leg
    : params.minSpeedMPerS;
  const markers = traj.source === 'markers';
  const minBoutS = markers ? params.minMarkerBoutS : params.minBoutS;
  const label: (ExcludedReason | 'bout' | 'run')[] = Array.from(pos, (p, i) => {
    if (!Number.isFinite(p)) return 'missing';
    if (direction.view === 'frontal') return 'run';
    if (direction.view !== 'sagittal') return 'standing';
    return Math.abs(speed[i]!) >= minSpeed ? 'run' : 'standing';
  });
  const runSign = (i: number): number =>
    direction.view === 'frontal' ? direction.sign : Math.sign(speed[i]!);
  const bouts: Bout[] = [];
  for (let i = 0; i < n;) {
    if (label[i] !== 'run') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && label[j + 1] === 'run' && runSign(j + 1) === runSign(i)) j++;
    let a = i;
    let b = j;
    if (direction.view === 'sagittal') {
      const med = median(Array.from(speed.subarray(i, j + 1), Math.abs));
      while (a <= b && Math.abs(speed[a]!) < params.steadySpeedFrac * med) label[a++] = 'approach';
      while (b >= a && Math.abs(speed[b]!) < params.steadySpeedFrac * med) label[b--] = 'leave';
    }
    if (b >= a && traj.timesS[b]! - traj.timesS[a]! >= minBoutS) {
      for (let k = a; k <= b; k++) label[k] = 'bout';
      const sp =
        direction.view === 'sagittal'
          ? Math.abs(pos[b]! - pos[a]!) / (traj.timesS[b]! - traj.timesS[a]!)
          : NaN;
      const sign = (runSign(a) >= 0 ? 1 : -1) as 1 | -1;
      bouts.push({
        startFrame: a,
        endFrame: b,
        startS: traj.timesS[a]!,
        endS: traj.timesS[b]!,
        sign,
        speedUnitsPerS: sp,
        ...(markers ? { openEdges: true } : {}),
      });
    } else {
      for (let k = a; k <= b; k++) label[k] = 'too-short';
    }
    i = j + 1;
  }
  relabelTurns(label, bouts);
  return {
    bouts,
    excluded: collapse(label, traj.timesS),
    progressionUnits: pos,
    progressionSpeedUnitsPerS: speed,
  };
}

// Mark non-bout stretches between two bouts of opposite sign as turns.
function relabelTurns(label: string[], bouts: Bout[]): void {
  for (let k = 1; k < bouts.length; k++) {
    const prev = bouts[k - 1]!;
    const next = bouts[k]!;
    if (prev.sign === next.sign) continue;
    for (let i = prev.endFrame + 1; i < next.startFrame; i++)
      if (label[i] !== 'missing') label[i] = 'turn';
  }
}

// Runs of equal non-bout labels as time spans.
function collapse(label: string[], timesS: Float64Array): ExcludedSpan[] {
  const spans: ExcludedSpan[] = [];
  for (let i = 0; i < label.length;) {
    let j = i;
    while (j + 1 < label.length && label[j + 1] === label[i]) j++;
    if (label[i] !== 'bout') {
      spans.push({ startS: timesS[i]!, endS: timesS[j]!, reason: label[i] as ExcludedReason });
    }
    i = j + 1;
  }
  return spans;
}
