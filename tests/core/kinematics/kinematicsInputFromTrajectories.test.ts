import { describe, expect, it } from 'vitest';
import { prepareGait } from '../../../src/core/analysis/analyzeGait';
import { computeKinematics } from '../../../src/core/kinematics/computeKinematics';
import { heelStrikesFromEvents } from '../../../src/core/kinematics/heelStrikesFromEvents';
import { kinematicsInputFromSkeleton } from '../../../src/core/kinematics/kinematicsInputFromSkeleton';
import { kinematicsInputFromTrajectories } from '../../../src/core/kinematics/kinematicsInputFromTrajectories';
import { fromSkeleton } from '../../../src/core/preprocess/fromSkeleton';
import { synthesizeSkeleton } from '../../../src/core/synthetic/synthesizeSkeleton';

/** Largest |difference| between two mean curves, deg. */
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

describe('kinematicsInputFromTrajectories(traj, walkingDirection)', () => {
  const clean = synthesizeSkeleton({ durationS: 20, cadenceStepsPerMin: 105, noisePx: 0, seed: 3 });
  const hs = heelStrikesFromEvents(clean.events);
  const direction = 'right-to-left' as const;

  it('kinematicsInputFromTrajectories(clean walk) gives the same knee curve as the raw skeleton within 3 deg', () => {
    const traj = prepareGait(fromSkeleton(clean.skeleton)).preprocess.trajectories;
    const fromTraj = computeKinematics(kinematicsInputFromTrajectories(traj, direction), hs);
    const fromRaw = computeKinematics(
      kinematicsInputFromSkeleton(clean.skeleton, { walkingDirection: direction }),
      hs,
    );
    expect(maxDiff(fromTraj.curves.knee.right!.mean, fromRaw.curves.knee.right!.mean)).toBeLessThan(
      3,
    );
  });

  it('kinematicsInputFromTrajectories(walk with leg swaps) keeps the repaired legs: curves stay near the clean ones', () => {
    const swapped = synthesizeSkeleton({
      durationS: 20,
      cadenceStepsPerMin: 105,
      noisePx: 0,
      seed: 3,
      legSwaps: [
        { startS: 5, durationS: 0.5 },
        { startS: 11, durationS: 0.4 },
      ],
    });
    const clean3 = computeKinematics(
      kinematicsInputFromSkeleton(clean.skeleton, { walkingDirection: direction }),
      hs,
    );
    const traj = prepareGait(fromSkeleton(swapped.skeleton)).preprocess.trajectories;
    const repaired = computeKinematics(kinematicsInputFromTrajectories(traj, direction), hs);
    const raw = computeKinematics(
      kinematicsInputFromSkeleton(swapped.skeleton, { walkingDirection: direction }),
      hs,
    );
    const errRepaired = maxDiff(repaired.curves.knee.right!.mean, clean3.curves.knee.right!.mean);
    expect(errRepaired).toBeLessThan(3);
    // Per cycle: the raw skeleton's swapped cycles are far off; the repaired ones are not.
    const ref = clean3.curves.knee.right!.mean;
    const worst = (cycles: number[][]) => Math.max(...cycles.map((c) => maxDiff(c, ref)));
    const worstRaw = worst(raw.curves.knee.right!.cycles);
    const worstRepaired = worst(repaired.curves.knee.right!.cycles);
    console.log(
      `worst knee cycle vs clean mean: raw ${worstRaw.toFixed(1)} deg, repaired ${worstRepaired.toFixed(1)} deg`,
    );
    expect(worstRepaired).toBeLessThan(worstRaw / 2);
  });
});
