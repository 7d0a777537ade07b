import { bench, describe } from 'vitest';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { prepareGait } from '../../src/core/analysis/analyzeGait';
import { compareEvents } from '../../src/core/events/compareEvents';
import type { GaitTrajectories } from '../../src/core/preprocess/types';
import { synthesizeSkeleton } from '../../src/core/synthetic/synthesizeSkeleton';
import { loadGaitmapEvents, loadGaitmapMocap } from '../fixtures/load';
import { gaitmapAsVideo, gaitmapTrajectories } from './events/gaitmapHelpers';

const GOAL_MS = 50; // analysis of 60 s at 30 fps (GaitLens issue 4)
const walk = synthesizeSkeleton({ durationS: 60, fpsHz: 30, noisePx: 2, seed: 1 });

// The app's events for lab markers (Zeni against the body-centre proxy, as gaitmap has no pelvis;
// heel strike where the heel reaches the floor), as detected and after the filter-bias correction.
function eventFigures(label: string, traj: GaitTrajectories, cutoffHz: number): void {
  for (const correctFilterBias of [false, true]) {
    const { events } = prepareGait(traj, { cutoffHz, correctFilterBias }).detected;
    for (const type of ['heel-strike', 'toe-off'] as const) {
      const a = compareEvents(events, loadGaitmapEvents(), type, 0.25);
      console.log(
        `[gaitmap ${label}${correctFilterBias ? ', bias-corrected' : ''}] ${type}: median |e| ` +
          `${(a.medianAbsErrorS * 1000).toFixed(1)} ms, p95 ${(a.p95AbsErrorS * 1000).toFixed(1)} ms, ` +
          `bias ${(a.biasS * 1000).toFixed(1)} ms, misses ${a.misses}, extras ${a.extras}`,
      );
    }
  }
}

eventFigures('100 Hz, 10 Hz low-pass', gaitmapTrajectories(loadGaitmapMocap(), 100), 10);
eventFigures('30 fps + 7 mm noise, 6 Hz low-pass', gaitmapAsVideo(30, 7, 42), 6);

let runs = 0;
let totalMs = 0;
describe('analysis core', () => {
  bench(
    'analyzeSkeleton(60 s, 30 fps synthetic skeleton)',
    () => {
      const t0 = performance.now();
      analyzeSkeleton(walk.skeleton);
      totalMs += performance.now() - t0;
      runs++;
    },
    {
      time: 2000,
      teardown: () => {
        if (runs > 0) {
          const mean = totalMs / runs;
          console.log(
            `[analysis] mean ${mean.toFixed(1)} ms over ${runs} runs; time / ${GOAL_MS} ms = ${(mean / GOAL_MS).toFixed(2)}`,
          );
        }
      },
    },
  );
});
