import { describe, expect, it } from 'vitest';
import type { GaitEvent } from '../../../src/core/events/types';
import { estimateBoutTrends } from '../../../src/core/ted/trends';
import { ev, steadyEvents } from './synthetic';

/** Alternating heel strikes with step time stepS(i) and a uniform inter-ankle series peaking stepM(i) at each. */
function walk(stepS: (i: number) => number, stepM: (i: number) => number, nSteps: number) {
  const events: GaitEvent[] = [];
  const fsHz = 100;
  let t = 0.2;
  const peaks: Array<[number, number]> = [];
  for (let i = 0; i < nSteps; i++) {
    events.push(ev(i % 2 ? 'right' : 'left', 'heel-strike', t));
    peaks.push([t, stepM(i)]);
    t += stepS(i);
  }
  const values = new Float64Array(Math.ceil((t + 1) * fsHz)).fill(0.1);
  for (const [tp, m] of peaks) values[Math.round(tp * fsHz)] = m;
  return { events, series: { fsHz, startS: 0, values } };
}

describe('estimateBoutTrends', () => {
  it('estimateBoutTrends(steady walk) reports changes near 0 % and pattern steady', () => {
    const { events, series } = walk(
      () => 0.55,
      () => 0.6,
      20,
    );
    const r = estimateBoutTrends(events, series);
    expect(Math.abs(r.cadenceChangePct.value)).toBeLessThan(0.5);
    expect(Math.abs(r.stepLengthChangePct.value)).toBeLessThan(0.5);
    expect(r.pattern).toBe('steady');
    expect(r.cadenceChangePct.nUsed).toBe(19);
  });

  it('estimateBoutTrends(accelerating cadence, shortening steps) detects festination', () => {
    // step time 0.60 → 0.45 s (cadence +33 %), step length 0.60 → 0.35 m
    const { events, series } = walk(
      (i) => 0.6 - (0.15 * i) / 19,
      (i) => 0.6 - (0.25 * i) / 19,
      20,
    );
    const r = estimateBoutTrends(events, series);
    expect(r.cadenceChangePct.value).toBeGreaterThan(20);
    expect(r.stepLengthChangePct.value).toBeLessThan(-30);
    expect(r.pattern).toBe('festination');
  });

  it('estimateBoutTrends(lengthening steps in time, same length) detects slowing', () => {
    const { events, series } = walk(
      (i) => 0.5 + (0.2 * i) / 19,
      () => 0.6,
      20,
    );
    expect(estimateBoutTrends(events, series).pattern).toBe('slowing');
  });

  it('estimateBoutTrends(3 heel strikes) is undetermined with too-few-steps, not a throw', () => {
    const r = estimateBoutTrends(steadyEvents(1.1, 1.8), null);
    expect(r.pattern).toBe('undetermined');
    expect(r.cadenceChangePct.value).toBeNaN();
    expect(r.cadenceChangePct.reasons).toEqual(['too-few-steps']);
  });
});
