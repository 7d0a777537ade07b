import { describe, expect, it } from 'vitest';
import { readStepsCsv } from '../../../src/export/csv/readStepsCsv';
import { readStridesCsv } from '../../../src/export/csv/readStridesCsv';
import { writeStepsCsv } from '../../../src/export/csv/writeStepsCsv';
import { writeStridesCsv } from '../../../src/export/csv/writeStridesCsv';
import { makeSyntheticEvents } from '../fixtures/syntheticSkeleton';

// Fixture: heel strikes L 0.10, R 0.65, L 1.20, R 1.75 s; toe-offs R 0.17, L 0.72, R 1.27, L 1.82 s.
const TOL = 1e-9;

describe('readStepsCsv(writeStepsCsv(events))', () => {
  it('writeStepsCsv(events) writes one step per alternating heel-strike pair, 0.55 s each', () => {
    const text = writeStepsCsv(makeSyntheticEvents());
    expect(text.split('\r\n')[0]).toBe('step,side,start_time_s,end_time_s,step_time_s');
    const steps = readStepsCsv(text);
    expect(steps.map((s) => s.side)).toEqual(['right', 'left', 'right']);
    for (const s of steps) expect(s.stepTimeS).toBeCloseTo(0.55, 9);
    expect(Math.abs(steps[0]!.startTimeS - 0.1)).toBeLessThan(TOL);
  });

  it('writeStepsCsv(events) skips a pair of same-side heel strikes (missed event)', () => {
    const events = makeSyntheticEvents().filter((e) => !(e.side === 'right' && e.timeS === 0.65));
    expect(readStepsCsv(writeStepsCsv(events)).map((s) => s.startTimeS)).toEqual([1.2]);
  });

  it('readStepsCsv(text) rejects an unknown side with its line', () => {
    const text = writeStepsCsv(makeSyntheticEvents()).replace('1,right', '1,middle');
    expect(() => readStepsCsv(text)).toThrow(
      expect.objectContaining({ path: 'line 2, side' }) as Error,
    );
  });
});

describe('readStridesCsv(writeStridesCsv(events))', () => {
  it('writeStridesCsv(events) gives 1.1 s strides with stance 0.62 s (56.4 %) per side', () => {
    const strides = readStridesCsv(writeStridesCsv(makeSyntheticEvents()));
    expect(strides.map((s) => s.side)).toEqual(['left', 'right']);
    for (const s of strides) {
      expect(s.strideTimeS).toBeCloseTo(1.1, 9);
      expect(s.stanceTimeS).toBeCloseTo(0.62, 9);
      expect(s.swingTimeS).toBeCloseTo(0.48, 9);
      expect(s.stancePct).toBeCloseTo((100 * 0.62) / 1.1, 9);
    }
  });

  it('writeStridesCsv(events) leaves stance cells empty when the toe-off is missing and reads them as NaN', () => {
    const events = makeSyntheticEvents().filter(
      (e) => !(e.side === 'left' && e.type === 'toe-off'),
    );
    const text = writeStridesCsv(events);
    expect(text).toContain(',left,0.1,1.2,');
    const left = readStridesCsv(text).find((s) => s.side === 'left')!;
    expect(left.toeOffTimeS).toBeNaN();
    expect(left.stancePct).toBeNaN();
  });
});
