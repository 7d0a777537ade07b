import { bench, describe } from 'vitest';
import { analyzeSkeleton } from '../../src/core/analysis/analyzeSkeleton';
import { compareEvents } from '../../src/core/events/compareEvents';
import { detectEventsOConnor } from '../../src/core/events/oconnor';
import {
  DEFAULT_PREPROCESS_PARAMS,
  preprocessTrajectories,
} from '../../src/core/preprocess/preprocessTrajectories';
import { synthesizeSkeleton } from '../../src/core/synthetic/synthesizeSkeleton';
import { loadGaitmapEvents, loadGaitmapMocap } from '../fixtures/load';
import { gaitmapAsVideo, gaitmapTrajectories } from './events/gaitmapHelpers';

const GOAL_MS = 50; // analysis of 60 s at 30 fps (GaitLens issue 4)
const walk = synthesizeSkeleton({ durationS: 60, fpsHz: 30, noisePx: 2, seed: 1 });

function eventFigures(label: string, prep: ReturnType<typeof preprocessTrajectories>): void {
  const events = detectEventsOConnor(prep).events;
  for (const type of ['heel-strike', 'toe-off'] as const) {
    const a = compareEvents(events, loadGaitmapEvents(), type, 0.25);
    console.log(
      `[gaitmap ${label}] ${type}: median |e| ${(a.medianAbsErrorS * 1000).toFixed(1)} ms, ` +
        `p95 ${(a.p95AbsErrorS * 1000).toFixed(1)} ms, misses ${a.misses}, extras ${a.extras}`,
    );
  }
}

eventFigures(
  '100 Hz',
  preprocessTrajectories(gaitmapTrajectories(loadGaitmapMocap(), 100), {
    ...DEFAULT_PREPROCESS_PARAMS,
    cutoffHz: 10,
  }),
);
eventFigures('30 fps + 7 mm noise', preprocessTrajectories(gaitmapAsVideo(30, 7, 42)));

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
