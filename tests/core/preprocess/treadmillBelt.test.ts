import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecording } from '../../../cli/readRecording';
import { fromMarkers } from '../../../src/core/preprocess/fromMarkers';
import {
  addBeltProgression,
  detectTreadmillBelt,
} from '../../../src/core/preprocess/treadmillBelt';

const traj = (path: string) => {
  const rec = readRecording(path, new Uint8Array(readFileSync(path)));
  if (rec.kind !== 'markers') throw new Error('not markers');
  return fromMarkers(rec.input);
};

describe('detectTreadmillBelt', () => {
  it('detectTreadmillBelt(OpenSim gait2354 trial) finds the belt; addBeltProgression keeps marker distances', () => {
    const t = traj('tests/fixtures/opensim-gait2354/subject01_walk1.trc');
    const belt = detectTreadmillBelt(t)!;
    // README: walking progresses along +X; the pelvis stays within 0.05 m, so the belt runs −X
    expect(belt).toMatchObject({ axis: 'x', sign: 1 });
    // no independent belt speed is published with the trial; the heels and toes on the ground give
    // 1.08–1.13 m/s each (measured), their median 1.11
    expect(belt.beltSpeedMPerS).toBeGreaterThan(1.05);
    expect(belt.beltSpeedMPerS).toBeLessThan(1.15);
    const moved = addBeltProgression(t, belt);
    const i = 100;
    expect(moved.left.heel.x[i]! - moved.right.toe.x[i]!).toBeCloseTo(
      t.left.heel.x[i]! - t.right.toe.x[i]!,
      9,
    );
    expect(moved.pelvis!.x[i]! - t.pelvis!.x[i]!).toBeCloseTo(
      belt.beltSpeedMPerS * (t.timesS[i]! - t.timesS[0]!),
      9,
    );
  });

  it('detectTreadmillBelt(overground Plug-in Gait trial) is null (the pelvis covers 3.6 m)', () => {
    expect(detectTreadmillBelt(traj('../shared/data/c3d/PiG_Motion3_FF.c3d'))).toBeNull();
  });
});
