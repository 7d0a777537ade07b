import { centralDifference } from '../math/centralDifference';
import type { PointSeries } from '../preprocess/types';
import type { EventDetectionInput, EventDetectionParams, EventDetectionResult } from './detection';
import { DEFAULT_EVENT_DETECTION_PARAMS } from './detection';
import { boutPeaks, normaliseConfidence } from './extremaEvents';
import type { GaitEvent, Side } from './types';

// Forward velocity of a point relative to the walking speed, per frame (NaN outside bouts).
function relativeVelocity(p: Float64Array, input: EventDetectionInput): Float64Array {
  const v = centralDifference(p, input.trajectories.fpsHz);
  const out = new Float64Array(v.length).fill(NaN);
  for (const b of input.bouts) {
    for (let i = b.startFrame; i <= b.endFrame; i++) {
      out[i] = (v[i]! - input.progressionSpeedUnitsPerS[i]!) * b.sign;
    }
  }
  return out;
}

// Fractional frame where v crosses zero between k and k + 1 (linear interpolation).
function crossing(v: Float64Array, k: number): number {
  const a = v[k]!;
  const b = v[k + 1]!;
  return a === b ? k : k + a / (a - b);
}

// Events of one side: swings from foot-centre velocity peaks, then heel / toe crossings.
function sideEvents(
  side: Side,
  input: EventDetectionInput,
  params: EventDetectionParams,
): GaitEvent[] {
  const { timesS, fpsHz } = input.trajectories;
  const axis = input.direction.progressionAxis;
  const pts: { heel: PointSeries; toe: PointSeries } = input.trajectories[side];
  const heel = relativeVelocity(pts.heel[axis], input);
  const toe = relativeVelocity(pts.toe[axis], input);
  const centre = heel.map((h, i) => (h + toe[i]!) / 2);
  const out: GaitEvent[] = [];
  const at = (f: number, type: GaitEvent['type'], conf: number): GaitEvent => {
    const i = Math.floor(f);
    return {
      side,
      type,
      source: 'foot-velocity',
      confidenceFrac: conf,
      frame: Math.round(f),
      timeS: timesS[i]! + (f - i) / fpsHz, // prettier-ignore
    };
  };
  for (const b of input.bouts) {
    const found = boutPeaks(centre, b, params, fpsHz);
    if (!found) continue;
    for (const p of found.peaks) {
      const k0 = b.startFrame + p.indexFrame;
      const conf = p.prominence / found.range;
      for (let k = k0; k < b.endFrame; k++) {
        if (heel[k]! >= 0 && heel[k + 1]! < 0) {
          out.push(at(crossing(heel, k), 'heel-strike', conf));
          break;
        }
      }
      for (let k = k0 - 1; k >= b.startFrame; k--) {
        if (toe[k]! <= 0 && toe[k + 1]! > 0) {
          out.push(at(crossing(toe, k), 'toe-off', conf));
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Detect heel strikes and toe-offs from foot velocities alone (no pelvis), after O'Connor.
 * @param input - pre-processed trajectories, direction, bouts and smoothed progression speed
 * @param params - `minProminenceFrac` (0–1) and `minEventSpacingS` (s); defaults 0.25 and 0.4 s
 * @returns events sorted by time (source `foot-velocity`) and a quality verdict
 * @remarks Like O'Connor et al., each swing is located by a peak of the foot-centre velocity (mean
 *   of heel and toe) and only foot points are used. We deviate in the event instants: O'Connor uses
 *   the foot centre's vertical velocity (heel strike at its trough, toe-off at its peak). On the
 *   gaitmap mocap reference those features lie +53 ms (heel strike) and −46 ms (toe-off) from the
 *   labelled events (measured for this module), and vertical motion is small and noisy in video.
 *   We therefore take heel strike as the instant the heel's forward velocity falls below the
 *   walking speed after the swing peak, and toe-off as the last instant before the peak at which
 *   the toe's forward velocity rises above it. The walking speed is the derivative of the 0.5 Hz
 *   low-passed body centre, so these are the extrema of heel / toe relative to a constant-speed
 *   pelvis, i.e. Zeni's criterion without a pelvis marker. Crossings are linearly interpolated to
 *   sub-frame time. Missing data: a NaN velocity never produces a crossing; events only in bouts.
 * @see O'Connor CM, Thorpe SK, O'Malley MJ, Vaughan CL. Automatic detection of gait events using
 *   kinematic data. Gait Posture. 2007;25(3):469–474. doi:10.1016/j.gaitpost.2006.05.016
 */
export function detectEventsOConnor(
  input: EventDetectionInput,
  params: EventDetectionParams = DEFAULT_EVENT_DETECTION_PARAMS,
): EventDetectionResult {
  const raw = [...sideEvents('left', input, params), ...sideEvents('right', input, params)];
  const events = normaliseConfidence(raw, input.trajectories).sort((a, b) => a.timeS - b.timeS);
  const reasons: EventDetectionResult['quality']['reasons'] = [];
  if (input.bouts.length === 0) reasons.push('no-bouts');
  else if (events.length === 0) reasons.push('no-events');
  return { events, quality: { ok: events.length > 0, reasons } };
}
