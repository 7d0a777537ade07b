import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../../src/core/pipeline/analyzeRecording';
import {
  describeEdit,
  findEvent,
  shiftByFrames,
  withAdd,
  withDelete,
  withMove,
} from '../../../src/ui/Results/eventEdits';
import { ADULT, demo, demoAdult } from './analyses';

const FRAME_S = 1 / demo.fpsHz;

describe('eventEdits', () => {
  const events = demoAdult.measurements.events;
  // The most confident event: deleting or moving it cannot be undone by order enforcement.
  const target = [...events].sort((a, b) => b.confidenceFrac - a.confidenceFrac)[0]!;

  it('withDelete(edits, event) removes exactly that event when the analysis is recomputed', () => {
    const edits = withDelete([], target);
    const r = analyzeRecording(demo, { patient: ADULT, edits });
    expect(r.measurements.edits.applied).toBe(1);
    expect(r.measurements.events).toHaveLength(events.length - 1);
    expect(findEvent(r.measurements.events, target.side, target.type, target.timeS, 1e-6)).toBe(-1);
  });

  it('withMove(edits, event, toTimeS) moves the event by one frame and marks it manual', () => {
    const to = shiftByFrames(target.timeS, 1, demo.fpsHz, 10);
    expect(to - target.timeS).toBeCloseTo(FRAME_S, 12);
    const r = analyzeRecording(demo, { patient: ADULT, edits: withMove([], target, to) });
    const i = findEvent(r.measurements.events, target.side, target.type, to, 1e-9);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.measurements.events[i]!.source).toBe('manual');
    expect(r.measurements.events[i]!.confidenceFrac).toBe(1);
    expect(withMove([], target, target.timeS)).toEqual([]);
  });

  it('withAdd(edits, side, type, timeS, fpsHz) appends a manual event at the frame of that time', () => {
    const before = withDelete([], target);
    const edits = withAdd(before, target.side, target.type, target.timeS, demo.fpsHz);
    expect(edits).toHaveLength(2);
    expect(edits[0]).toEqual(before[0]);
    const add = edits[1]!;
    expect(add.op === 'add' && add.event.frame).toBe(Math.round(target.timeS * demo.fpsHz));
    // Delete then re-add at the same time: the same number of events, the re-added one manual.
    const r = analyzeRecording(demo, { patient: ADULT, edits });
    expect(r.measurements.events).toHaveLength(events.length);
    const i = findEvent(r.measurements.events, target.side, target.type, target.timeS, 1e-9);
    expect(r.measurements.events[i]!.source).toBe('manual');
  });

  it('undo (edits without the last) restores the detected events', () => {
    const edits = withDelete(withDelete([], target), events[0]!);
    const undone = analyzeRecording(demo, { patient: ADULT, edits: edits.slice(0, -1) });
    expect(undone.measurements.events).toHaveLength(events.length - 1);
    const none = analyzeRecording(demo, { patient: ADULT, edits: edits.slice(0, -2) });
    expect(none.measurements.events).toEqual(events);
  });

  it('shiftByFrames(timeS, frames, fpsHz, durationS) stays inside the recording', () => {
    expect(shiftByFrames(0.01, -1, 30, 5)).toBe(0);
    expect(shiftByFrames(4.99, 1, 30, 5)).toBe(5);
    expect(shiftByFrames(2, -3, 30, 5)).toBeCloseTo(1.9, 12);
  });

  it('describeEdit(edit) says what was changed by hand, with times in s', () => {
    expect(describeEdit(withDelete([], target)[0]!)).toBe(
      `Deleted ${target.side} ${target.type === 'heel-strike' ? 'heel strike' : 'toe-off'} at ${target.timeS.toFixed(3)} s`,
    );
    const move = withMove([], target, target.timeS + FRAME_S)[0]!;
    expect(describeEdit(move)).toMatch(
      /^Moved (left|right) (heel strike|toe-off) from \d+\.\d{3} s to \d+\.\d{3} s$/,
    );
    const add = withAdd([], 'left', 'toe-off', 1.5, 30)[0]!;
    expect(describeEdit(add)).toBe('Added left toe-off at 1.500 s');
  });

  it('findEvent(events, side, type, timeS, toleranceS) finds the nearest match within the tolerance only', () => {
    const i = events.indexOf(target);
    expect(findEvent(events, target.side, target.type, target.timeS + 0.01, 0.017)).toBe(i);
    expect(findEvent(events, target.side, target.type, target.timeS + 0.5, 0.017)).toBe(-1);
  });
});
