import type { EventDetectionInput, EventDetectionParams, EventDetectionResult } from './detection';
import { DEFAULT_EVENT_DETECTION_PARAMS } from './detection';
import { normaliseConfidence, signalMaximaEvents } from './extremaEvents';
import type { GaitEvent } from './types';

// Signed position of a point relative to the reference along the progression, per frame.
function relative(
  values: Float64Array,
  ref: Float64Array,
  input: EventDetectionInput,
): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  for (const b of input.bouts) {
    for (let i = b.startFrame; i <= b.endFrame; i++) out[i] = (values[i]! - ref[i]!) * b.sign;
  }
  return out;
}

/**
 * Detect heel strikes and toe-offs from heel and toe positions relative to the pelvis (Zeni).
 * @param input - pre-processed trajectories, direction, bouts and smoothed progression
 * @param params - `minProminenceFrac` (0–1) and `minEventSpacingS` (s); defaults 0.25 and 0.4 s
 * @returns events sorted by time (source `zeni`) and a quality verdict
 * @remarks Along the progression axis of each bout (sign-corrected so forward is positive), heel
 *   strike is a maximum of heel − pelvis and toe-off a minimum of toe − pelvis. The paper's
 *   "sacrum" / pelvis centre is our `pelvis` (hip-joint centre midpoint for video); without one the
 *   0.5 Hz low-passed body centre (mean of both feet) stands in, which moves like a constant-speed
 *   pelvis, and the quality lists `pelvis-proxy`. Frontal views use the depth axis. Extrema are
 *   refined to sub-frame time by the cubic through four samples (`cubicPeakOffset`). Confidence is the extremum's
 *   prominence relative to the median of its side and type (capped at 1), times landmark visibility.
 *   Missing data: extrema are never taken next to a NaN; events are searched inside bouts only.
 * @see Zeni JA Jr, Richards JG, Higginson JS. Two simple methods for determining gait events during
 *   treadmill and overground walking using kinematic data. Gait Posture. 2008;27(4):710–714.
 *   doi:10.1016/j.gaitpost.2007.07.007
 */
export function detectEventsZeni(
  input: EventDetectionInput,
  params: EventDetectionParams = DEFAULT_EVENT_DETECTION_PARAMS,
): EventDetectionResult {
  const traj = input.trajectories;
  const axis = input.direction.progressionAxis;
  const ref = traj.pelvis ? traj.pelvis[axis] : input.progressionUnits;
  let events: GaitEvent[] = [];
  for (const side of ['left', 'right'] as const) {
    const heel = relative(traj[side].heel[axis], ref, input);
    const toe = relative(traj[side].toe[axis], ref, input).map((v) => -v);
    events.push(
      ...signalMaximaEvents(heel, input, params, { side, type: 'heel-strike', source: 'zeni' }),
    );
    events.push(
      ...signalMaximaEvents(toe, input, params, { side, type: 'toe-off', source: 'zeni' }),
    );
  }
  events = normaliseConfidence(events, traj).sort((a, b) => a.timeS - b.timeS);
  const reasons: EventDetectionResult['quality']['reasons'] = [];
  if (input.bouts.length === 0) reasons.push('no-bouts');
  else if (events.length === 0) reasons.push('no-events');
  if (!traj.pelvis) reasons.push('pelvis-proxy');
  return { events, quality: { ok: events.length > 0, reasons } };
}
