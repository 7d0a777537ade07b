import { lowpassFiltfilt } from '../math/butterworth';
import { detectDirection } from './detectDirection';
import { fillGaps } from './fillGaps';
import { mapTrajectories, sidePointList } from './mapTrajectories';
import { repairLegSwaps } from './repairLegSwaps';
import { DEFAULT_SEGMENT_BOUTS_PARAMS, segmentBouts } from './segmentBouts';
import { addBeltProgression, detectTreadmillBelt } from './treadmillBelt';
import type { SegmentBoutsParams } from './segmentBouts';
import type { Bout, GaitTrajectories, PreprocessReport, WalkingDirection } from './types';

/** Options of {@link preprocessTrajectories}. */
export interface PreprocessParams {
  /** Longest dropout that is interpolated, s (≥ 0); longer gaps are refused (left NaN). */
  maxGapS: number;
  /** Cut-off of the zero-lag low-pass, Hz (> 0; ≥ 0.49·fps means no filtering). */
  cutoffHz: number;
  /** Repair left/right leg swaps by continuity. */
  repairSwaps: boolean;
  bouts: SegmentBoutsParams;
}

/** Default options of {@link preprocessTrajectories}: 0.2 s gaps, 6 Hz, swaps repaired. */
export const DEFAULT_PREPROCESS_PARAMS: Readonly<PreprocessParams> = Object.freeze({
  maxGapS: 0.2,
  cutoffHz: 6, // Winter 2009 §3.4: 6 Hz for walking kinematics
  repairSwaps: true,
  bouts: DEFAULT_SEGMENT_BOUTS_PARAMS,
});

/** Result of {@link preprocessTrajectories}. */
export interface PreprocessResult {
  /** Gap-filled, swap-repaired, filtered trajectories. */
  trajectories: GaitTrajectories;
  /** The same before the low-pass filter (gap-filled, swap-repaired), for event re-timing. */
  unfiltered: GaitTrajectories;
  direction: WalkingDirection;
  bouts: Bout[];
  /** Smoothed body-centre progression along the progression axis, trajectory unit (NaN missing). */
  progressionUnits: Float64Array;
  /** Progression speed, trajectory unit per s. */
  progressionSpeedUnitsPerS: Float64Array;
  report: PreprocessReport;
}

// Frames where every heel and toe coordinate of both sides is NaN.
function countMissingFrames(traj: GaitTrajectories): number {
  const pts = [traj.left.heel, traj.left.toe, traj.right.heel, traj.right.toe];
  let missing = 0;
  for (let i = 0; i < traj.timesS.length; i++) {
    if (pts.every((p) => !Number.isFinite(p.x[i]!) || !Number.isFinite(p.y[i]!))) missing++;
  }
  return missing;
}

/**
 * Pre-process trajectories: fill short gaps, repair leg swaps, low-pass, find direction and bouts.
 * @param input - raw trajectories; not modified
 * @param params - see {@link PreprocessParams}; `maxGapS` in s, `cutoffHz` in Hz
 * @returns cleaned trajectories, direction, bouts, smoothed progression and a report
 * @remarks Order matters: gaps are filled first (the swap repair and the filter need continuous
 *   data), swaps are repaired before filtering (a filter would smear a swap over neighbouring
 *   frames), and direction and bouts are found on the filtered data. Missing data: gaps up to
 *   `maxGapS` become linear interpolations, longer ones stay NaN and are reported, and the filter
 *   never crosses a NaN. The frame time is 1/fpsHz; `maxGapS` is rounded down to whole frames.
 *   Lab markers of a treadmill trial (pelvis in place, feet sweeping with the belt,
 *   `detectTreadmillBelt`) first get the belt's travel added (`addBeltProgression`), so the trial
 *   progresses as if walked overground; the report gives the belt (`treadmill`, else null).
 */
export function preprocessTrajectories(
  input: GaitTrajectories,
  params: PreprocessParams = DEFAULT_PREPROCESS_PARAMS,
): PreprocessResult {
  const belt = input.source === 'markers' ? detectTreadmillBelt(input) : null;
  const traj = belt ? addBeltProgression(input, belt) : input;
  const n = traj.timesS.length;
  const missingFrames = countMissingFrames(traj);
  const maxGapFrames = Math.floor(params.maxGapS * traj.fpsHz + 1e-9);
  let filledSamples = 0;
  const refused = new Map<string, { startS: number; endS: number }>();
  const filled = mapTrajectories(traj, (v) => {
    const r = fillGaps(v, maxGapFrames);
    filledSamples += r.filledSamples;
    for (const g of r.refusedGaps) {
      const span = { startS: traj.timesS[g.startFrame]!, endS: traj.timesS[g.endFrame]! };
      refused.set(`${span.startS}:${span.endS}`, span);
    }
    return r.values;
  });
  const repaired = params.repairSwaps
    ? repairLegSwaps(filled)
    : { trajectories: filled, swappedFrames: 0 };
  const filtered = mapTrajectories(repaired.trajectories, (v) =>
    lowpassFiltfilt(v, params.cutoffHz, traj.fpsHz),
  );
  const direction = detectDirection(filtered);
  const seg = segmentBouts(filtered, direction, params.bouts);
  const filteredOk = params.cutoffHz > 0 && params.cutoffHz < 0.49 * traj.fpsHz;
  const pointCount = sidePointList(traj.left).length + sidePointList(traj.right).length;
  return {
    trajectories: filtered,
    unfiltered: repaired.trajectories,
    direction,
    bouts: seg.bouts,
    progressionUnits: seg.progressionUnits,
    progressionSpeedUnitsPerS: seg.progressionSpeedUnitsPerS,
    report: {
      missingFrames,
      missingFrac: n > 0 ? missingFrames / n : 1,
      filledSamples: pointCount > 0 ? filledSamples : 0,
      refusedGaps: [...refused.values()].sort((a, b) => a.startS - b.startS),
      swappedFrames: repaired.swappedFrames,
      cutoffHz: filteredOk ? params.cutoffHz : NaN,
      maxGapS: maxGapFrames / traj.fpsHz,
      excluded: seg.excluded,
      treadmill: belt,
    },
  };
}
