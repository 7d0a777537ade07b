import { describe, expect, it } from 'vitest';
import type { GaitEvent } from '../../../src/core/events/types';
import { selectIntervals } from '../../../src/core/params/selectIntervals';
import type { Bout } from '../../../src/core/preprocess/types';
import { readStepsCsv } from '../../../src/export/csv/readStepsCsv';
import { readStridesCsv } from '../../../src/export/csv/readStridesCsv';
import { writeStepsCsv } from '../../../src/export/csv/writeStepsCsv';
import { writeStridesCsv } from '../../../src/export/csv/writeStridesCsv';
import { FIXTURE_FPS_HZ, makeSyntheticEvents } from '../fixtures/syntheticSkeleton';

// Fixture: heel strikes L 0.10, R 0.65, L 1.20, R 1.75 s; toe-offs R 0.17, L 0.72, R 1.27, L 1.82 s.
const TOL = 1e-9;
const BOUT: Bout = { startFrame: 0, endFrame: 60, startS: 0, endS: 2, sign: 1, speedUnitsPerS: 1 };
const select = (events: GaitEvent[], bouts = [BOUT]) =>
  selectIntervals(events, bouts, 1 / FIXTURE_FPS_HZ);

describe('readStepsCsv(writeStepsCsv(selection))', () => {
  it('writeStepsCsv(selection) writes one used step per alternating heel-strike pair, 0.55 s each', () => {
    const text = writeStepsCsv(select(makeSyntheticEvents()));
    expect(text.split('\r\n')[0]).toBe(
      'step,side,start_time_s,end_time_s,step_time_s,used,used_by_side,excluded_reason',
    );
    const steps = readStepsCsv(text);
    expect(steps.map((s) => s.side)).toEqual(['right', 'left', 'right']);
    for (const s of steps) {
      expect(s.stepTimeS).toBeCloseTo(0.55, 9);
      expect([s.used, s.usedBySide, s.excludedReason]).toEqual([true, true, null]);
    }
    expect(Math.abs(steps[0]!.startTimeS - 0.1)).toBeLessThan(TOL);
  });

  it('writeStepsCsv(selection) marks two heel strikes of one foot in a row same-side: pooled, not by side', () => {
    // R 0.65 relabelled left (a mislabel): L 0.10, L 0.65, L 1.20, R 1.75
    const events = makeSyntheticEvents().map((e) =>
      e.timeS === 0.65 ? { ...e, side: 'left' as const } : e,
    );
    const steps = readStepsCsv(writeStepsCsv(select(events)));
    expect(steps.map((s) => [s.startTimeS, s.used, s.usedBySide, s.excludedReason])).toEqual([
      [0.1, true, false, 'same-side'],
      [0.65, true, false, 'same-side'],
      [1.2, true, true, null],
    ]);
  });

  it('writeStepsCsv(selection) marks a step whose heel strike is outside the bout outside-bout', () => {
    const late: Bout = { ...BOUT, startS: 0.6, startFrame: 18 };
    const steps = readStepsCsv(writeStepsCsv(select(makeSyntheticEvents(), [late])));
    expect(steps.map((s) => s.excludedReason)).toEqual(['outside-bout', null, null]);
    expect(steps[0]!.used).toBe(false);
  });

  it('readStepsCsv(text) rejects an unknown side, an unknown reason and a used step with a reason, with the line', () => {
    const text = writeStepsCsv(select(makeSyntheticEvents()));
    const bad = (t: string, path: string) =>
      expect(() => readStepsCsv(t)).toThrow(expect.objectContaining({ path }) as Error);
    bad(text.replace('1,right', '1,middle'), 'line 2, side');
    bad(text.replace(/,1,1,\r\n/, ',0,0,tired\r\n'), 'line 2, excluded_reason');
    bad(text.replace(/,1,1,\r\n/, ',1,1,same-side\r\n'), 'line 2, excluded_reason');
    bad(text.replace(/,1,1,\r\n/, ',0,0,\r\n'), 'line 2, excluded_reason');
    bad(text.replace(/,1,1,\r\n/, ',yes,1,\r\n'), 'line 2, used');
    bad(text.replace(/,1,1,\r\n/, ',0,1,\r\n'), 'line 2, used_by_side');
  });
});

describe('readStridesCsv(writeStridesCsv(selection))', () => {
  it('writeStridesCsv(selection) gives used 1.1 s strides with stance 0.62 s (56.4 %) per side', () => {
    const strides = readStridesCsv(writeStridesCsv(select(makeSyntheticEvents())));
    expect(strides.map((s) => s.side)).toEqual(['left', 'right']);
    for (const s of strides) {
      expect(s.strideTimeS).toBeCloseTo(1.1, 9);
      expect(s.stanceTimeS).toBeCloseTo(0.62, 9);
      expect(s.swingTimeS).toBeCloseTo(0.48, 9);
      expect(s.stancePct).toBeCloseTo((100 * 0.62) / 1.1, 9);
      expect([s.used, s.excludedReason]).toEqual([true, null]);
    }
  });

  it('writeStridesCsv(selection) leaves stance cells empty when the toe-off is missing and marks the stride incomplete', () => {
    const events = makeSyntheticEvents().filter(
      (e) => !(e.side === 'left' && e.type === 'toe-off'),
    );
    const text = writeStridesCsv(select(events));
    expect(text).toContain(',left,0.1,1.2,');
    const left = readStridesCsv(text).find((s) => s.side === 'left')!;
    expect(left.toeOffTimeS).toBeNaN();
    expect(left.stancePct).toBeNaN();
    expect([left.used, left.excludedReason]).toEqual([false, 'incomplete']);
  });

  it('readStridesCsv(text) rejects an excluded stride without a reason, with the line', () => {
    const text = writeStridesCsv(select(makeSyntheticEvents())).replace(/,1,\r\n/, ',0,\r\n');
    expect(() => readStridesCsv(text)).toThrow(
      expect.objectContaining({ path: 'line 2, excluded_reason' }) as Error,
    );
  });
});
