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
