import type { GaitEvent, Side } from '../events/types';
import { median } from '../math/summarize';
import type { Bout } from '../preprocess/types';

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

/** One step: from a heel strike of one side to the next heel strike of the other side. */
export interface GaitStep {
  /** Side of the heel strike that ends the step. */
  side: Side;
  startS: number;
  endS: number;
}

/** Why a candidate cycle was not used. */
export type CycleDropReason = 'outside-bout' | 'incomplete' | 'out-of-order' | 'outlier';

/** Result of {@link buildCycles}. */
export interface BuildCyclesResult {
  cycles: GaitCycle[];
  /** Steps between heel strikes of different sides (side = side of the heel strike that ends it). */
  steps: GaitStep[];
  /**
   * Intervals between all consecutive heel strikes in a bout, whatever their side labels (side =
   * label of the heel strike that ends it): the pooled step times, robust to left/right mislabels.
   */
  intervals: GaitStep[];
  dropped: { side: Side; startS: number; reason: CycleDropReason }[];
}

// Index of the bout containing t, or −1 (a small slack of one frame is allowed).
function boutOf(bouts: Bout[], t: number, slackS: number): number {
  return bouts.findIndex((b) => t >= b.startS - slackS && t <= b.endS + slackS);
}

/**
 * Build gait cycles and steps from events, inside walking bouts.
 * @param events - events of both sides; not modified
 * @param bouts - straight walking bouts (cycles never span two bouts)
 * @param frameS - frame duration, s (slack when testing bout membership)
 * @returns complete cycles per side, steps, and dropped candidates with reasons
 * @remarks A cycle runs between two consecutive heel strikes of one side in the same bout and needs
 *   exactly one own toe-off and one contralateral toe-off and heel strike in the order
 *   HS → opposite TO → opposite HS → own TO → HS (Perry's phases); events within one frame of
 *   either heel strike are not counted, except an opposite toe-off within one frame of the starting
 *   heel strike (initial double support shorter than a frame), and two events less than one frame
 *   apart may appear in either order (at 30 fps, double support can be shorter than the timing
 *   error).
 *   Cycles whose stride time is outside 0.6–1.5 × the side's median are outliers (a missed or
 *   spurious heel strike). A step is a heel strike preceded by a heel strike of the other side in
 *   the same bout, with no own heel strike in between. Intervals are all consecutive heel strikes
 *   in a bout whatever their side (a mislabelled side changes steps and cycles, not intervals).
 *   Steps and intervals outside 0.5–1.6 × their median are dropped. Missing data: events with NaN
 *   times are ignored.
 * @see Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed. SLACK; 2010.
 */
export function buildCycles(events: GaitEvent[], bouts: Bout[], frameS: number): BuildCyclesResult {
  const ev = events.filter((e) => Number.isFinite(e.timeS)).sort((a, b) => a.timeS - b.timeS);
  const cycles: GaitCycle[] = [];
  const dropped: BuildCyclesResult['dropped'] = [];
  for (const side of ['left', 'right'] as const) {
    const hs = ev.filter((e) => e.side === side && e.type === 'heel-strike');
    const candidates: GaitCycle[] = [];
    for (let i = 0; i + 1 < hs.length; i++) {
      const [a, b] = [hs[i]!, hs[i + 1]!];
      const bout = boutOf(bouts, a.timeS, frameS);
      if (bout < 0 || bout !== boutOf(bouts, b.timeS, frameS)) {
        dropped.push({ side, startS: a.timeS, reason: 'outside-bout' });
        continue;
      }
      // Events within one frame of a heel strike are too close to be ordered against it, except
      // the opposite toe-off at the cycle's start: with (almost) no initial double support it can
      // fall a fraction of a frame either side of the heel strike, and only this cycle can use it
      // (the previous cycle's window stops one frame before this heel strike).
      const pick = (s: Side, t: GaitEvent['type'], fromS: number) =>
        ev.filter(
          (e) => e.side === s && e.type === t && e.timeS > fromS && e.timeS < b.timeS - frameS,
        );
      const other = side === 'left' ? 'right' : 'left';
      const own = pick(side, 'toe-off', a.timeS + frameS);
      const oto = pick(other, 'toe-off', a.timeS - frameS);
      const ohs = pick(other, 'heel-strike', a.timeS + frameS);
      if (own.length !== 1 || oto.length !== 1 || ohs.length !== 1) {
        dropped.push({ side, startS: a.timeS, reason: 'incomplete' });
        continue;
      }
      const seq = [a, oto[0]!, ohs[0]!, own[0]!, b];
      if (!seq.every((e, k) => k === 0 || e.timeS > seq[k - 1]!.timeS - frameS)) {
        dropped.push({ side, startS: a.timeS, reason: 'out-of-order' });
        continue;
      }
      candidates.push({
        side,
        startS: a.timeS,
        endS: b.timeS,
        toeOffS: own[0]!.timeS, // prettier-ignore
        oppositeToeOffS: oto[0]!.timeS,
        oppositeHeelStrikeS: ohs[0]!.timeS, // prettier-ignore
        confidenceFrac: seq.reduce((sum, e) => sum + e.confidenceFrac, 0) / seq.length,
      });
    }
    const med = median(candidates.map((c) => c.endS - c.startS));
    for (const c of candidates) {
      const r = (c.endS - c.startS) / med;
      if (r >= 0.6 && r <= 1.5) cycles.push(c);
      else dropped.push({ side, startS: c.startS, reason: 'outlier' });
    }
  }
  return {
    cycles,
    steps: buildSteps(ev, bouts, frameS, false),
    intervals: buildSteps(ev, bouts, frameS, true),
    dropped,
  };
}

// Steps: each heel strike preceded (in the same bout) by a heel strike of the other side, or by
// any heel strike when `anySide`; intervals outside 0.5–1.6 × the median are dropped.
function buildSteps(ev: GaitEvent[], bouts: Bout[], frameS: number, anySide: boolean): GaitStep[] {
  const hs = ev.filter((e) => e.type === 'heel-strike');
  const steps: GaitStep[] = [];
  for (let i = 1; i < hs.length; i++) {
    const [a, b] = [hs[i - 1]!, hs[i]!];
    const bout = boutOf(bouts, a.timeS, frameS);
    if ((!anySide && a.side === b.side) || bout < 0 || bout !== boutOf(bouts, b.timeS, frameS))
      continue;
    steps.push({ side: b.side, startS: a.timeS, endS: b.timeS });
  }
  const med = median(steps.map((s) => s.endS - s.startS));
  return steps.filter((s) => {
    const r = (s.endS - s.startS) / med;
    return r >= 0.5 && r <= 1.6;
  });
}
