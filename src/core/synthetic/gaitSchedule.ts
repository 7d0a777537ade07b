import type { GaitEvent, Side } from '../events/types';

/** Timing parameters of a synthetic walk. */
export interface GaitScheduleParams {
  /** Cadence, steps/min (40–200). */
  cadenceStepsPerMin: number;
  /** Left step time minus right step time, s (|value| < stride/2). Left step ends at left heel strike. */
  stepTimeAsymmetryS: number;
  /** Total double support, % of the cycle (0–40). */
  doubleSupportPct: number;
  /** Time of the first right heel strike, s (may be negative: the walk is already under way at 0 s). */
  firstHeelStrikeS: number;
  /** No event after this time, s. */
  endS: number;
}

/** Known events of a synthetic walk, sorted by time (source `import`, confidence 1). */
export interface GaitSchedule {
  /** Events between 0 s and `endS`. */
  events: GaitEvent[];
  /** All scheduled events, including those before 0 s and up to one stride after `endS` (for kinematics). */
  allEvents: GaitEvent[];
  strideS: number;
  stepTimeS: Record<Side, number>;
}

/**
 * Event times of a synthetic walk with known cadence, step-time asymmetry and double support.
 * @param p - cadence (steps/min), asymmetry (s), double support (%), first heel strike and end (s)
 * @returns heel strikes and toe-offs of both sides (frame 0 placeholder; `events` within 0–endS,
 *   `allEvents` for the kinematics), stride and step times (s)
 * @remarks Stride = 120 / cadence. Right heel strikes at first + k·stride; left heel strikes follow
 *   after the left step time stride/2 + asymmetry/2. Each toe-off follows the contralateral heel
 *   strike after half the total double support, so stance = contralateral step time + that half.
 *   Missing data: none (a pure schedule).
 */
export function gaitSchedule(p: GaitScheduleParams): GaitSchedule {
  const strideS = 120 / p.cadenceStepsPerMin;
  const stepLeftS = strideS / 2 + p.stepTimeAsymmetryS / 2;
  const dsHalfS = ((p.doubleSupportPct / 100) * strideS) / 2;
  const events: GaitEvent[] = [];
  const push = (side: Side, type: GaitEvent['type'], timeS: number): void => {
    events.push({ side, type, timeS, frame: 0, confidenceFrac: 1, source: 'import' });
  };
  for (let t = p.firstHeelStrikeS; t <= p.endS + strideS; t += strideS) {
    push('right', 'heel-strike', t);
    push('left', 'toe-off', t + dsHalfS);
    push('left', 'heel-strike', t + stepLeftS);
    push('right', 'toe-off', t + stepLeftS + dsHalfS);
  }
  events.sort((a, b) => a.timeS - b.timeS);
  const inRange = events.filter((e) => e.timeS >= 0 && e.timeS <= p.endS);
  return {
    events: inRange,
    allEvents: events,
    strideS,
    stepTimeS: { left: stepLeftS, right: strideS - stepLeftS },
  };
}
