/** Synthetic gait signals and events with known rhythm, for TED tests. */
import type { GaitEvent, Side } from '../../../src/core/events/types';
import { mulberry32 } from '../../../src/core/math/prng';

/** Deterministic uniform PRNG in [0, 1): the core's mulberry32. */
export const prng = mulberry32;

/** Standard normal sample from a uniform PRNG (Box–Muller). */
export function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Frame times at fpsHz for durationS seconds. */
export function frameTimes(fpsHz: number, durationS: number): Float64Array {
  return Float64Array.from({ length: Math.round(durationS * fpsHz) }, (_, i) => i / fpsHz);
}

/** One gait event. */
export function ev(side: Side, type: GaitEvent['type'], timeS: number, fpsHz = 30): GaitEvent {
  return { side, type, timeS, frame: Math.round(timeS * fpsHz), confidenceFrac: 1, source: 'zeni' };
}

/**
 * Events of a steady walk: left HS at k·strideS + startS, right HS at +phaseFrac·strideS,
 * toe-off of each side at HS + stanceFrac·strideS.
 */
export function steadyEvents(
  strideS: number,
  durationS: number,
  phaseFrac = 0.5,
  stanceFrac = 0.6,
  startS = 0.1,
): GaitEvent[] {
  const out: GaitEvent[] = [];
  for (let t = startS; t < durationS; t += strideS) {
    for (const [side, t0] of [
      ['left', t],
      ['right', t + phaseFrac * strideS],
    ] as const) {
      if (t0 < durationS) out.push(ev(side, 'heel-strike', t0));
      if (t0 + stanceFrac * strideS < durationS)
        out.push(ev(side, 'toe-off', t0 + stanceFrac * strideS));
    }
  }
  return out;
}

/** Inter-ankle distance of a steady walk with step frequency f: 0.1 + 0.5·|cos(π f t)| m. */
export function interAnkle(times: Float64Array, stepHz: number): Float64Array {
  return times.map((t) => 0.1 + 0.5 * Math.abs(Math.cos(Math.PI * stepHz * t)));
}

/** Vertical pelvis position: 0.5 + 0.01·cos(2π f t) + oddAmp·cos(π f t) (odd = stride harmonic). */
export function pelvis(times: Float64Array, stepHz: number, oddAmp = 0): Float64Array {
  return times.map(
    (t) =>
      0.5 + 0.01 * Math.cos(2 * Math.PI * stepHz * t) + oddAmp * Math.cos(Math.PI * stepHz * t),
  );
}
