import { describe, expect, it } from 'vitest';
import { compareEvents } from '../../../src/core/events/compareEvents';
import { detectEventsOConnor } from '../../../src/core/events/oconnor';
import {
  DEFAULT_PREPROCESS_PARAMS,
  preprocessTrajectories,
} from '../../../src/core/preprocess/preprocessTrajectories';
import { loadGaitmapEvents, loadGaitmapMocap } from '../../fixtures/load';
import { gaitmapAsVideo, gaitmapTrajectories } from './gaitmapHelpers';

// Acceptance targets (GaitLens issue 4): median |error| ≤ 10 ms and 95th percentile ≤ 33 ms at
// 100 Hz; at 30 fps with noise the goal is a median within one frame (33 ms).
const MEDIAN_TARGET_S = 0.01;
const P95_TARGET_S = 0.033;
const FRAME_30FPS_S = 1 / 30;
const MATCH_WINDOW_S = 0.25; // a quarter of the ~1.08 s stride

const reference = loadGaitmapEvents();

function report(label: string, events: Parameters<typeof compareEvents>[0]) {
  return (['heel-strike', 'toe-off'] as const).map((type) => {
    const a = compareEvents(events, reference, type, MATCH_WINDOW_S);
    console.log(
      `${label} ${type}: median |e| ${(a.medianAbsErrorS * 1000).toFixed(1)} ms, p95 ${(a.p95AbsErrorS * 1000).toFixed(1)} ms, ` +
        `bias ${(a.biasS * 1000).toFixed(1)} ms, matched ${a.nMatched}, misses ${a.misses}, extras ${a.extras}`,
    );
    return a;
  });
}

describe('detectEventsOConnor on gaitmap mocap (foot markers only, no pelvis)', () => {
  it('detectEventsOConnor(prep) at 100 Hz (10 Hz low-pass) meets median ≤ 10 ms and p95 ≤ 33 ms', () => {
    const traj = gaitmapTrajectories(loadGaitmapMocap(), 100);
    const prep = preprocessTrajectories(traj, { ...DEFAULT_PREPROCESS_PARAMS, cutoffHz: 10 });
    const result = detectEventsOConnor(prep);
    expect(result.quality.ok).toBe(true);
    for (const a of report('100 Hz', result.events)) {
      expect(a.medianAbsErrorS).toBeLessThanOrEqual(MEDIAN_TARGET_S);
      expect(a.p95AbsErrorS).toBeLessThanOrEqual(P95_TARGET_S);
      // the two strides spanning the turn are excluded by bout segmentation, nothing more
      expect(a.misses).toBeLessThanOrEqual(3);
      expect(a.extras).toBeLessThanOrEqual(2);
    }
  });

  it('detectEventsOConnor(prep) at 30 fps with 7 mm noise keeps the median within one frame', () => {
    const prep = preprocessTrajectories(gaitmapAsVideo(30, 7, 42));
    const result = detectEventsOConnor(prep);
    for (const a of report('30 fps + 7 mm', result.events)) {
      expect(a.medianAbsErrorS).toBeLessThanOrEqual(FRAME_30FPS_S);
      expect(a.p95AbsErrorS).toBeLessThanOrEqual(2 * FRAME_30FPS_S);
      expect(a.misses).toBeLessThanOrEqual(3);
    }
  });

  it('detectEventsOConnor(prep) returns no events and quality no-bouts when nothing walks', () => {
    const traj = gaitmapTrajectories(loadGaitmapMocap(), 100);
    const still = { ...traj, timesS: traj.timesS.subarray(0, 90) };
    const cut = (p: { x: Float64Array; y: Float64Array; z: Float64Array }) => ({
      x: p.x.subarray(0, 90),
      y: p.y.subarray(0, 90),
      z: p.z.subarray(0, 90), // prettier-ignore
    });
    const prep = preprocessTrajectories({
      ...still,
      left: { heel: cut(traj.left.heel), toe: cut(traj.left.toe) },
      right: { heel: cut(traj.right.heel), toe: cut(traj.right.toe) },
    });
    const result = detectEventsOConnor(prep);
    expect(result.events).toEqual([]);
    expect(result.quality).toEqual({ ok: false, reasons: ['no-bouts'] });
  });
});
