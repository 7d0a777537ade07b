import { describe, expect, it } from 'vitest';
import { analyzeSkeleton } from '../../../src/core/analysis/analyzeSkeleton';
import { cadenceFromStepTime } from '../../../src/core/params/computeParameters';
import { gradeStat } from '../../../src/core/params/gradeStat';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';

const ctx = {
  refuse: [],
  gatingCycles: 12,
  droppedCycles: 0,
  missingFrac: 0,
  meanConfidenceFrac: 1,
  maxGrade: 'A' as const,
};

describe('cadenceFromStepTime', () => {
  it('cadenceFromStepTime(steps 0.42 / 0.54 s alternating) is 125 steps/min, not the 127 of per-step cadences', () => {
    const steps = Array.from({ length: 12 }, (_, i) => (i % 2 ? 0.42 : 0.54));
    const c = cadenceFromStepTime(gradeStat(steps, ctx));
    expect(c.mean).toBeCloseTo(125, 9);
    const perStep = steps.reduce((s, t) => s + 60 / t, 0) / steps.length;
    expect(perStep).toBeGreaterThan(126.9); // what averaging 60 / step would report
    // delta method: SD 60·0.0627/0.48² ≈ 16.3; CV equals the step-time CV
    expect(c.sd).toBeCloseTo((60 * gradeStat(steps, ctx).sd!) / 0.48 ** 2, 9);
    expect(c.cvPct).toBe(gradeStat(steps, ctx).cvPct);
  });

  it('cadenceFromStepTime(refused step time) stays refused with the same reasons', () => {
    const c = cadenceFromStepTime(gradeStat([0.5], ctx));
    expect(c.mean).toBeNull();
    expect(c.reasons).toContain('too-few-cycles');
  });

  it.each([0.08, -0.12])(
    'analyzeSkeleton(walker, 125 steps/min, asymmetry %f s) keeps cadence within 0.5 steps/min',
    (asym) => {
      const walk = synthesizeSkeleton({
        cadenceStepsPerMin: 125,
        stepTimeAsymmetryS: asym,
        durationS: 30,
        noisePx: 2,
        seed: 3,
      });
      const r = analyzeSkeleton(walk.skeleton);
      const cadence = r.parameters.find((p) => p.key === 'cadenceStepsPerMin')!.all.mean!;
      expect(Math.abs(cadence - 125)).toBeLessThanOrEqual(0.5);
    },
  );
});
