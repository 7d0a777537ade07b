import { describe, expect, it } from 'vitest';
import {
  footfallLayout,
  stancePhases,
  TIMELINE_WIDTH,
  timeToX,
  xToTime,
} from '../../../src/ui/Results/footfallLayout';
import { demo, demoBare, walkAdult } from './analyses';

describe('footfallLayout', () => {
  it('stancePhases(events) pairs each heel strike with the next toe-off of the same foot', () => {
    for (const events of [demoBare.measurements.events, walkAdult.measurements.events]) {
      const { bars, openStances } = stancePhases(events);
      const heelStrikes = events.filter((e) => e.type === 'heel-strike').length;
      expect(bars.length + openStances).toBe(heelStrikes);
      expect(bars.length).toBeGreaterThan(0);
      for (const b of bars) {
        const hs = events[b.heelStrikeIndex]!;
        const to = events[b.toeOffIndex]!;
        expect([hs.type, to.type, hs.side, to.side]).toEqual([
          'heel-strike',
          'toe-off',
          b.side,
          b.side,
        ]);
        expect(b.endS).toBeGreaterThan(b.startS);
        const between = events.slice(b.heelStrikeIndex + 1, b.toeOffIndex);
        expect(between.some((e) => e.side === b.side)).toBe(false);
      }
    }
  });

  it('stancePhases(synthetic walk) gives stance times close to the measured stance', () => {
    const { bars } = stancePhases(walkAdult.measurements.events);
    const mean = bars.reduce((s, b) => s + b.endS - b.startS, 0) / bars.length;
    const stanceS = walkAdult.measurements.parameters.find((p) => p.key === 'stanceS')!.all.mean!;
    expect(Math.abs(mean - stanceS)).toBeLessThan(1 / 30); // one frame at 30 fps
  });

  it('timeToX(timeS, durationS) and xToTime(x, durationS) invert each other and clamp', () => {
    const d = demo.frames.at(-1)!.timeS;
    for (const t of [0, 1.234, d / 2, d]) expect(xToTime(timeToX(t, d), d)).toBeCloseTo(t, 9);
    expect(timeToX(-1, d)).toBe(0);
    expect(timeToX(d + 5, d)).toBe(TIMELINE_WIDTH);
    expect(xToTime(TIMELINE_WIDTH * 2, d)).toBe(d);
  });

  it('footfallLayout(events, durationS) marks every event with its confidence and manual origin', () => {
    const events = demoBare.measurements.events;
    const d = demo.frames.at(-1)!.timeS;
    const l = footfallLayout(events, d);
    expect(l.markers).toHaveLength(events.length);
    l.markers.forEach((m, i) => {
      expect(m.confidenceFrac).toBe(events[i]!.confidenceFrac);
      expect(m.manual).toBe(events[i]!.source === 'manual');
      expect(m.x).toBeCloseTo((events[i]!.timeS / d) * TIMELINE_WIDTH, 9);
    });
  });
});
