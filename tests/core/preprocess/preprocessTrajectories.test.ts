import { describe, expect, it } from 'vitest';
import { fromSkeleton } from '../../../src/core/preprocess/fromSkeleton';
import { preprocessTrajectories } from '../../../src/core/preprocess/preprocessTrajectories';
import { repairLegSwaps } from '../../../src/core/preprocess/repairLegSwaps';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';
import { gaitmapTrajectories } from '../events/gaitmapHelpers';
import { loadGaitmapMocap } from '../../fixtures/load';

describe('preprocessTrajectories', () => {
  it('preprocessTrajectories(gaitmap) finds two bouts along x of opposite sign and reports the turn near 17.8 s', () => {
    const prep = preprocessTrajectories(gaitmapTrajectories(loadGaitmapMocap(), 100));
    expect(prep.direction.view).toBe('sagittal');
    expect(prep.direction.progressionAxis).toBe('x');
    expect(prep.bouts.map((b) => b.sign)).toEqual([-1, 1]);
    const turn = prep.report.excluded.find((e) => e.reason === 'turn')!;
    expect(turn.startS).toBeLessThan(17.8);
    expect(turn.endS).toBeGreaterThan(17.8);
    // README: walking speed ≈ 20 m / 15 s; the bout speeds must be plausible (1.0–1.5 m/s)
    for (const b of prep.bouts) expect(b.speedUnitsPerS).toBeGreaterThan(1.0);
    for (const b of prep.bouts) expect(b.speedUnitsPerS).toBeLessThan(1.5);
  });

  it('preprocessTrajectories(fromSkeleton(walker)) labels right-to-left and left-to-right side views', () => {
    for (const direction of ['right-to-left', 'left-to-right'] as const) {
      const { skeleton } = synthesizeSkeleton({ direction, durationS: 6 });
      const prep = preprocessTrajectories(fromSkeleton(skeleton));
      expect(prep.direction).toMatchObject({
        view: 'sagittal',
        progressionAxis: 'x',
        label: direction,
      });
      expect(prep.bouts).toHaveLength(1);
    }
  });

  it('preprocessTrajectories(standing) reports not-walking and no bouts', () => {
    const { skeleton } = synthesizeSkeleton({
      durationS: 4,
      speedMPerS: 0.0001,
      cadenceStepsPerMin: 60,
    });
    const prep = preprocessTrajectories(fromSkeleton(skeleton));
    expect(prep.direction.view).toBe('not-walking');
    expect(prep.bouts).toEqual([]);
  });

  it('preprocessTrajectories fills a 0.1 s dropout and refuses a 0.5 s one', () => {
    const { skeleton } = synthesizeSkeleton({
      durationS: 8,
      dropouts: [{ startS: 2, durationS: 0.1 }, { startS: 5, durationS: 0.5 }], // prettier-ignore
    });
    const prep = preprocessTrajectories(fromSkeleton(skeleton));
    expect(prep.report.missingFrames).toBe(3 + 15);
    expect(prep.report.refusedGaps).toHaveLength(1);
    expect(prep.report.refusedGaps[0]!.startS).toBeCloseTo(5, 6);
    expect(prep.report.filledSamples).toBeGreaterThan(0);
  });
});

describe('repairLegSwaps', () => {
  it('repairLegSwaps(traj) flags exactly the swapped frames of a 0.5 s swap with 2 px noise', () => {
    for (const startS of [3, 3.2, 3.4, 3.6]) {
      const { skeleton } = synthesizeSkeleton({
        durationS: 10,
        noisePx: 2,
        seed: 7,
        legSwaps: [{ startS, durationS: 0.5 }],
      });
      const r = repairLegSwaps(fromSkeleton(skeleton));
      const flagged = [...r.swappedMask].flatMap((m, i) => (m ? [i] : []));
      const first = Math.round(startS * 30);
      expect(flagged).toEqual(Array.from({ length: 15 }, (_, k) => first + k));
    }
  });
});
