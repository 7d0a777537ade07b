import { describe, expect, it } from 'vitest';
import { gaitSchedule } from '../../../src/core/synthetic/gaitSchedule';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';

describe('synthetic walker', () => {
  it('gaitSchedule(p) gives step times stride/2 ± asymmetry/2 and the requested double support', () => {
    const s = gaitSchedule({
      cadenceStepsPerMin: 120,
      stepTimeAsymmetryS: 0.04,
      doubleSupportPct: 20,
      firstHeelStrikeS: 0,
      endS: 5,
    });
    expect(s.strideS).toBeCloseTo(1, 12);
    expect(s.stepTimeS.left - s.stepTimeS.right).toBeCloseTo(0.04, 12);
    const rhs = s.events.find((e) => e.side === 'right' && e.type === 'heel-strike')!;
    const lto = s.events.find(
      (e) => e.side === 'left' && e.type === 'toe-off' && e.timeS > rhs.timeS,
    )!;
    expect(lto.timeS - rhs.timeS).toBeCloseTo(0.1, 12); // half of 20 % of a 1 s stride
  });

  it('synthesizeSkeleton(params) is deterministic for a seed and differs across seeds', () => {
    const a = synthesizeSkeleton({ durationS: 2, noisePx: 3, seed: 1 });
    const b = synthesizeSkeleton({ durationS: 2, noisePx: 3, seed: 1 });
    const c = synthesizeSkeleton({ durationS: 2, noisePx: 3, seed: 2 });
    expect(a).toEqual(b);
    expect(a.skeleton.frames[10]!.image).not.toEqual(c.skeleton.frames[10]!.image);
    expect(a.skeleton.frames).toHaveLength(60);
    expect(a.skeleton.frames[0]!.image).toHaveLength(33);
  });

  it('synthesizeSkeleton({ legSwaps }) exchanges left and right heels inside the window only', () => {
    const clean = synthesizeSkeleton({ durationS: 3 });
    const swapped = synthesizeSkeleton({ durationS: 3, legSwaps: [{ startS: 1, durationS: 0.5 }] });
    expect(swapped.skeleton.frames[35]!.image![29]).toEqual(clean.skeleton.frames[35]!.image![30]);
    expect(swapped.skeleton.frames[20]!.image![29]).toEqual(clean.skeleton.frames[20]!.image![29]);
  });
});
