/** The gait cycle of one side between two of its heel strikes: Perry's phase events, or why not. */
import type { GaitEvent, Side } from '../events/types';

/** One complete gait cycle (stride) of one side, from heel strike to the next heel strike. */
export interface GaitCycle {
  side: Side;
  /** Own heel strike that starts the cycle, s. */
  startS: number;
  /** Own next heel strike, s. */
  endS: number;
  /** Own toe-off, s. */
  toeOffS: number;
  /** Contralateral toe-off (end of initial double support), s. */
  oppositeToeOffS: number;
  /** Contralateral heel strike (start of terminal double support), s. */
  oppositeHeelStrikeS: number;
  /** Mean confidence of the five events, 0–1. */
  confidenceFrac: number;
}

/** One step: from a heel strike to the next heel strike. */
export interface GaitStep {
  /** Side of the heel strike that ends the step. */
  side: Side;
  startS: number;
  endS: number;
}

/** Phase events of a stride candidate, and why it is not a complete cycle (null when it is). */
export interface CyclePhases {
  /** Own toe-off, s; the first one when several, NaN when none. */
  toeOffS: number;
  /** Contralateral toe-off, s (first one, or NaN). */
  oppositeToeOffS: number;
  /** Contralateral heel strike, s (first one, or NaN). */
  oppositeHeelStrikeS: number;
  /** Mean confidence of the two heel strikes and the phase events found, 0–1. */
  confidenceFrac: number;
  problem: 'incomplete' | 'out-of-order' | null;
}

/**
 * Find the phase events of one side's stride between two of its heel strikes.
 * @param events - events of both sides sorted by time, finite times; not modified
 * @param side - side of the stride
 * @param start - heel strike that starts the stride
 * @param end - next heel strike of the same side
 * @param frameS - frame duration, s (the timing resolution)
 * @returns the own toe-off, opposite toe-off and opposite heel strike (s, NaN when absent), their
 *   mean confidence, and `incomplete` / `out-of-order` when they do not make a complete cycle
 * @remarks A complete cycle has exactly one own toe-off and one contralateral toe-off and heel
 *   strike in the order HS → opposite TO → opposite HS → own TO → HS (Perry's phases). Events within
 *   one frame of either heel strike are not counted, except an opposite toe-off within one frame of
 *   the starting heel strike (initial double support shorter than a frame: only this cycle can use
 *   it, the previous cycle's window stops one frame before this heel strike); two events less than
 *   one frame apart may appear in either order (at 30 fps, double support can be shorter than the
 *   timing error).
 * @see Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed. SLACK; 2010.
 */
export function cyclePhases(
  events: readonly GaitEvent[],
  side: Side,
  start: GaitEvent,
  end: GaitEvent,
  frameS: number,
): CyclePhases {
  const pick = (s: Side, t: GaitEvent['type'], fromS: number): GaitEvent[] =>
    events.filter(
      (e) => e.side === s && e.type === t && e.timeS > fromS && e.timeS < end.timeS - frameS,
    );
  const other = side === 'left' ? 'right' : 'left';
  const own = pick(side, 'toe-off', start.timeS + frameS);
  const oto = pick(other, 'toe-off', start.timeS - frameS);
  const ohs = pick(other, 'heel-strike', start.timeS + frameS);
  const found = [start, oto[0], ohs[0], own[0], end].filter((e): e is GaitEvent => !!e);
  const complete = own.length === 1 && oto.length === 1 && ohs.length === 1;
  const ordered = found.every((e, k) => k === 0 || e.timeS > found[k - 1]!.timeS - frameS);
  return {
    toeOffS: own[0]?.timeS ?? NaN,
    oppositeToeOffS: oto[0]?.timeS ?? NaN,
    oppositeHeelStrikeS: ohs[0]?.timeS ?? NaN,
    confidenceFrac: found.reduce((sum, e) => sum + e.confidenceFrac, 0) / found.length,
    problem: !complete ? 'incomplete' : !ordered ? 'out-of-order' : null,
  };
}
