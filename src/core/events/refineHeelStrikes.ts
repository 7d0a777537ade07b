/** Heel strike moved from the heel's forward extreme to the instant the heel reaches the floor. */
import { quantile } from '../math/summarize';
import type { PreprocessResult } from '../preprocess/preprocessTrajectories';
import type { GaitTrajectories } from '../preprocess/types';
import type { EventDetectionInput, EventDetectionResult } from './detection';
import type { GaitEvent } from './types';

/** Options of {@link refineHeelStrikes}. */
export interface HeelFloorParams {
  /** The floor is the heel's lowest height within this time after the first estimate, s. */
  floorWindowS: number;
  /** The heel has landed within this fraction of its 5–95 % vertical range above the floor (0–1). */
  levelFrac: number;
  /** A side is left unchanged when its heel-height noise exceeds this fraction of the range (0–1). */
  maxNoiseFrac: number;
}

/**
 * Default: floor from the next 0.25 s (early stance), level 0.5 % of the heel's range (≈ 1.1 mm for
 * a 220 mm range); refined only where the noise is below 1 % of the range (lab markers measured
 * 0.03–0.46 %, gaitmap at 30 fps with 7 mm noise 2.2 %).
 */
export const DEFAULT_HEEL_FLOOR_PARAMS: Readonly<HeelFloorParams> = Object.freeze({
  floorWindowS: 0.25,
  levelFrac: 0.005,
  maxNoiseFrac: 0.01,
});

// Heel height (up positive) of one side, trajectory unit.
function heelHeight(t: GaitTrajectories, side: GaitEvent['side']): Float64Array {
  return t[side].heel[t.verticalAxis].map((v) => v * t.verticalSign);
}

// Robust SD of the raw heel height about the filtered one (1.4826 × median |difference|).
function noiseOf(raw: Float64Array, filtered: Float64Array): number {
  return (
    1.4826 *
    quantile(
      raw.map((v, i) => Math.abs(v - filtered[i]!)),
      0.5,
    )
  );
}

/**
 * Move each heel strike forward to the first instant the heel is down on the floor.
 * @param detected - events of a detector (e.g. Zeni's heel − pelvis maxima); not modified
 * @param input - the pre-processing result the events came from (filtered and unfiltered
 *   trajectories with a vertical axis)
 * @param params - floor window (s, > 0), level and largest noise (fractions of the heel's vertical
 *   range, 0–1)
 * @returns the result with heel strikes re-timed (toe-offs, quality and sources unchanged)
 * @remarks Zeni's heel strike is where the heel stops moving forward relative to the pelvis. A heel
 *   that lands slowly (0.2–0.5 m/s forward at the force plate's contact in the Plug-in Gait trials)
 *   reaches that extreme 30–60 ms before it touches the floor, while still 7–11 mm up. Here the
 *   floor is the heel's lowest height from the first estimate to `floorWindowS` later (early
 *   stance, where the heel is loaded); the heel strike is the first instant from the first estimate
 *   on at which the heel is within `levelFrac` × its 5–95 % height range of that floor, linearly
 *   interpolated between frames. A heel already down at the first estimate keeps it. Meant for lab
 *   markers: a side whose heel-height noise (robust SD of unfiltered − filtered) exceeds
 *   `maxNoiseFrac` of the range keeps its heel strikes, as a 1 mm level means nothing there. Measured against force-plate contacts and the files' Vicon events in
 *   `tests/core/events/labHeelStrike.test.ts` (see docs/methods-events.md).
 *   Missing data: a NaN height in the window leaves that event unchanged.
 */
export function refineHeelStrikes(
  detected: EventDetectionResult,
  input: EventDetectionInput & Pick<PreprocessResult, 'unfiltered'>,
  params: HeelFloorParams = DEFAULT_HEEL_FLOOR_PARAMS,
): EventDetectionResult {
  const { timesS, fpsHz } = input.trajectories;
  const sides = (['left', 'right'] as const).map((side) => {
    const h = heelHeight(input.trajectories, side);
    const range = quantile(h, 0.95) - quantile(h, 0.05);
    const quiet = noiseOf(heelHeight(input.unfiltered, side), h) <= params.maxNoiseFrac * range;
    return { h, range, quiet };
  });
  const t0 = timesS[0] ?? 0;
  const events = detected.events.map((e) => {
    const { h, range, quiet } = sides[e.side === 'left' ? 0 : 1]!;
    if (e.type !== 'heel-strike' || !quiet) return e;
    const f0 = (e.timeS - t0) * fpsHz;
    const k0 = Math.ceil(f0);
    const k1 = Math.min(h.length - 1, k0 + Math.round(params.floorWindowS * fpsHz));
    const win = h.subarray(Math.max(0, k0 - 1), k1 + 1);
    if (k0 < 1 || k1 <= k0 || win.some((v) => !Number.isFinite(v))) return e;
    const level = Math.min(...win) + params.levelFrac * range;
    // height at the first estimate itself (between frames k0 − 1 and k0)
    const hStart = h[k0 - 1]! + (f0 - (k0 - 1)) * (h[k0]! - h[k0 - 1]!);
    if (hStart <= level) return e;
    let f = NaN;
    let prev = hStart;
    let prevF = f0;
    for (let k = k0; k <= k1; k++) {
      if (h[k]! <= level) {
        f = prevF + ((prev - level) / (prev - h[k]!)) * (k - prevF);
        break;
      }
      [prev, prevF] = [h[k]!, k];
    }
    if (!Number.isFinite(f)) return e;
    const timeS = t0 + f / fpsHz;
    return { ...e, timeS, frame: Math.round(f) };
  });
  return { ...detected, events: events.sort((a, b) => a.timeS - b.timeS) };
}
