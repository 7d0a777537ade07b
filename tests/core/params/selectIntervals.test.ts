import { describe, expect, it } from 'vitest';
import type { GaitEvent, GaitEventType, Side } from '../../../src/core/events/types';
import { selectIntervals } from '../../../src/core/params/selectIntervals';
import type { Bout } from '../../../src/core/preprocess/types';

const FRAME_S = 1 / 30;
const bout: Bout = {
  startFrame: 0,
  endFrame: 300,
  startS: 0,
  endS: 10,
  sign: 1,
  speedUnitsPerS: 1,
};
const ev = (side: Side, type: GaitEventType, timeS: number): GaitEvent => ({
  side,
  type,
  timeS,
  frame: Math.round(timeS / FRAME_S),
  confidenceFrac: 1,
  source: 'zeni',
});

// Two left strides (1.0 → 2.1 → 3.2 s) with the right leg's events in between.
function walk(rightToeOffAfterSecondHsS: number): GaitEvent[] {
  return [
    ev('left', 'heel-strike', 1.0),
    ev('right', 'toe-off', 1.12),
    ev('right', 'heel-strike', 1.55),
    ev('left', 'toe-off', 1.68),
    ev('left', 'heel-strike', 2.1),
    ev('right', 'toe-off', 2.1 + rightToeOffAfterSecondHsS),
    ev('right', 'heel-strike', 2.65),
    ev('left', 'toe-off', 2.78),
    ev('left', 'heel-strike', 3.2),
  ];
}

// The selection with its used strides as `cycles`.
function cyclesOf(events: GaitEvent[], bouts: Bout[], frameS: number) {
  const r = selectIntervals(events, bouts, frameS);
  return { ...r, cycles: r.strides.filter((s) => s.used) };
}

describe('selectIntervals', () => {
  it('selectIntervals(two left strides with double support) gives both cycles and their phases', () => {
    const r = cyclesOf(walk(0.12), [bout], FRAME_S);
    const left = r.cycles.filter((c) => c.side === 'left');
    expect(left.map((c) => [c.startS, c.endS])).toEqual([
      [1.0, 2.1],
      [2.1, 3.2],
    ]);
    expect(left[1]!.oppositeToeOffS).toBeCloseTo(2.22, 12);
  });

  it.each([-0.4, 0, 0.4])(
    'selectIntervals(opposite toe-off %f frames from the heel strike) keeps the cycle (no initial double support)',
    (frames) => {
      const r = cyclesOf(walk(frames * FRAME_S), [bout], FRAME_S);
      const second = r.cycles.find((c) => c.side === 'left' && c.startS === 2.1);
      expect(second).toBeDefined();
      expect(second!.oppositeToeOffS).toBeCloseTo(2.1 + frames * FRAME_S, 12);
      // the toe-off is not also counted in the first cycle
      expect(r.cycles.find((c) => c.side === 'left' && c.startS === 1.0)!.oppositeToeOffS).toBe(
        1.12,
      );
    },
  );

  it('selectIntervals(opposite toe-off two frames before the heel strike) drops the cycle as incomplete', () => {
    const r = cyclesOf(walk(-2 * FRAME_S), [bout], FRAME_S);
    expect(r.cycles.some((c) => c.side === 'left' && c.startS === 2.1)).toBe(false);
    expect(r.strides).toContainEqual(
      expect.objectContaining({
        side: 'left',
        startS: 2.1,
        used: false,
        excludedReason: 'incomplete',
      }),
    );
  });
});

describe('selectIntervals(steps and strides) exclusions', () => {
  // Three left strides 1.0 → 2.1 → 3.2 → 4.3 s with the right leg in between, one bout.
  const three = (): GaitEvent[] => [
    ...walk(0.12),
    ev('right', 'toe-off', 3.32),
    ev('right', 'heel-strike', 3.75),
    ev('left', 'toe-off', 3.88),
    ev('left', 'heel-strike', 4.3),
  ];

  it('selectIntervals(a turn between bouts at 2.4–2.5 s) marks the intervals across it crosses-bouts', () => {
    const bouts: Bout[] = [
      { ...bout, startS: 0, endS: 2.4 },
      { ...bout, startS: 2.5, endS: 10 },
    ];
    const r = selectIntervals(three(), bouts, FRAME_S);
    const across = (s: { startS: number; endS: number }) => s.startS < 2.45 && s.endS > 2.45;
    expect(r.steps.filter(across).map((s) => s.excludedReason)).toEqual(['crosses-bouts']);
    expect(r.strides.filter(across).map((s) => s.excludedReason)).toEqual([
      'crosses-bouts',
      'crosses-bouts',
    ]);
    expect(r.steps.filter(across)[0]!.usedPooled).toBe(false);
  });

  it('selectIntervals(a missed right heel strike) marks the 1.1 s left → left step implausible-duration and the right stride incomplete', () => {
    const events = three().filter((e) => !(e.side === 'right' && e.timeS === 2.65));
    const r = selectIntervals(events, [bout], FRAME_S);
    const long = r.steps.find((s) => s.startS === 2.1)!;
    expect(long.endS - long.startS).toBeCloseTo(1.1, 9); // 2 × the 0.55 s median
    expect([long.usedPooled, long.usedBySide, long.excludedReason]).toEqual([
      false,
      false,
      'implausible-duration',
    ]);
    expect(r.steps.filter((s) => s.usedPooled)).toHaveLength(4);
    // 1.55 → 3.75 s (2.2 s) spans two strides: two own toe-offs (2.22, 3.32 s)
    expect(r.strides.find((s) => s.side === 'right')!.excludedReason).toBe('incomplete');
  });

  it('selectIntervals(events outside every bout) uses nothing and says outside-bout for each', () => {
    const r = selectIntervals(three(), [{ ...bout, startS: 20, endS: 30 }], FRAME_S);
    expect(r.steps.every((s) => !s.usedPooled && s.excludedReason === 'outside-bout')).toBe(true);
    expect(r.strides.every((s) => !s.used && s.excludedReason === 'outside-bout')).toBe(true);
    expect([r.steps.length, r.strides.length]).toEqual([6, 5]); // 7 heel strikes: 4 left, 3 right
  });
});
