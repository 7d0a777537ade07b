import { describe, expect, it } from 'vitest';
import { computeKeyFrames, nearestFrame } from '../../../src/core/ted/keyFrames';
import { frameTimes, steadyEvents } from './synthetic';

describe('computeKeyFrames', () => {
  const times = frameTimes(30, 12);

  it('computeKeyFrames(events with one long stride) points the most abnormal cycle at that stride', () => {
    const events = steadyEvents(1.0, 12).map((e) =>
      e.side === 'left' && e.timeS > 5 ? { ...e, timeS: e.timeS + 0.3 } : e,
    ); // left stride from 4.1 s to 5.4 s is 1.3 s long
    const k = computeKeyFrames(events, times);
    expect(k.mostAbnormal?.side).toBe('left');
    expect(k.mostAbnormal?.heelStrikeTimeS).toBeCloseTo(4.1, 9);
    expect(k.mostAbnormal?.strideTimeS).toBeCloseTo(1.3, 9);
    expect(k.representative?.strideTimeS).toBeCloseTo(1.0, 9);
    expect(k.mostAbnormal!.deviationZ).toBeGreaterThan(k.representative!.deviationZ);
  });

  it('computeKeyFrames(steady walk) gives HS, TO, mid-swing frames consistent with the times', () => {
    const events = steadyEvents(1.0, 12, 0.5, 0.6);
    const k = computeKeyFrames(events, times);
    const c = k.representative!;
    expect(c.toeOffTimeS - c.heelStrikeTimeS).toBeCloseTo(0.6, 9);
    expect(c.midSwingTimeS).toBeCloseTo((c.toeOffTimeS + c.nextHeelStrikeTimeS) / 2, 9);
    expect(c.heelStrikeFrame).toBe(Math.round(c.heelStrikeTimeS * 30));
    expect(c.midSwingFrame).toBe(Math.round(c.midSwingTimeS * 30));
    expect(c.stancePct).toBeCloseTo(60, 9);
    const hs = (side: string): number =>
      events.filter((e) => e.side === side && e.type === 'heel-strike').length;
    expect(k.nCycles).toBe(hs('left') - 1 + hs('right') - 1);
  });

  it('computeKeyFrames(no events) returns nulls and zero cycles', () => {
    expect(computeKeyFrames([], times)).toEqual({
      representative: null,
      mostAbnormal: null,
      nCycles: 0,
    });
  });

  it('nearestFrame(times, NaN) is -1 and rounds to the closest frame otherwise', () => {
    expect(nearestFrame(times, NaN)).toBe(-1);
    expect(nearestFrame(times, 0.049)).toBe(1);
    expect(nearestFrame(times, 100)).toBe(times.length - 1);
  });
});
