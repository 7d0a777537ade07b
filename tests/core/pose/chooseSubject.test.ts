import { describe, expect, it } from 'vitest';
import { chooseSubject } from '../../../src/core/pose/chooseSubject';
import { selectTrackAt } from '../../../src/core/pose/selectTrackAt';
import type { CaptureMeta } from '../../../src/core/skeleton/types';
import { stickPerson, walkerAndJumper } from '../../helpers/poseCandidates';

const capture: CaptureMeta = {
  source: 'synthetic',
  widthPx: 640,
  heightPx: 360,
  model: 'test',
  createdIso: '2026-01-01T00:00:00Z',
  software: 'test',
};

function hipX(frame: { image: [number, number, number][] | null }): number {
  return frame.image ? (frame.image[23]![0] + frame.image[24]![0]) / 2 : NaN;
}

describe('chooseSubject(frames, capture, fpsHz, userTrackId?)', () => {
  it('chooseSubject(walker + jumper) follows the walker in every frame, whatever the pose order', () => {
    const frames = walkerAndJumper(150, 30, { swapOrder: true });
    const r = chooseSubject(frames, capture, 30);
    expect(r.quality.ok).toBe(true);
    expect(r.skeleton.frames.every((f) => f.quality.subjectFound)).toBe(true);
    const x = r.skeleton.frames.map(hipX);
    for (let i = 1; i < x.length; i++) expect(x[i]!).toBeLessThan(x[i - 1]!);
    expect(r.quality.reasons).toContain('several-people');
  });

  it('chooseSubject(walker coming toward the camera + jumper seen longer) follows the walker', () => {
    // The walker enters after 0.5 s and grows from 0.25 to 0.7 of the picture height (3 → 9 m at
    // 1.2 m/s) at one x; the jumper bobs and sways in size at 1 Hz for the whole 5 s. Neither moves
    // across the picture, so only the approach tells the walker.
    const frames = Array.from({ length: 150 }, (_, f) => {
      const t = f / 30;
      const jumper = stickPerson(
        0.25,
        0.45 + 0.02 * Math.sin(4 * Math.PI * t),
        0.3 * (1 + 0.08 * Math.sin(2 * Math.PI * t)),
        0.05,
      );
      const h = 0.25 + (0.45 * t) / 5;
      const walker = stickPerson(0.65, 0.3 + h / 2, h, 0.12 * Math.sin(2 * Math.PI * t));
      return { timeS: t, poses: t < 0.5 ? [jumper] : [jumper, walker], meanLumaFrac: 0.5 };
    });
    const r = chooseSubject(frames, capture, 30);
    const chosen = r.scores.find((s) => s.trackId === r.trackId)!;
    expect(chosen.walkingAxis).toBe('depth');
    const tracked = r.skeleton.frames.filter((f) => f.quality.subjectFound);
    expect(tracked.length).toBeGreaterThanOrEqual(135);
    expect(tracked.every((f) => Math.abs(hipX(f) - 0.65) < 0.05)).toBe(true);
  });

  it('chooseSubject(walker dropped for 0.4 s) bridges the gap with the walker, not the jumper', () => {
    const frames = walkerAndJumper(150, 30, { dropWalker: (f) => f >= 60 && f < 72 });
    const r = chooseSubject(frames, capture, 30);
    const tracked = r.skeleton.frames.filter((f) => f.quality.subjectFound);
    expect(tracked).toHaveLength(150 - 12);
    expect(r.quality.lostFrames).toEqual(Array.from({ length: 12 }, (_, i) => 60 + i));
    // The jumper stays at x = 0.3; the subject is never there except when the walker passes by.
    expect(
      r.skeleton.frames.slice(55, 80).every((f) => !f.image || Math.abs(hipX(f) - 0.3) > 0.05),
    ).toBe(true);
  });

  it('chooseSubject(frames, …, userTrackId) follows the person the user clicked', () => {
    const frames = walkerAndJumper(90);
    const auto = chooseSubject(frames, capture, 30);
    const jumperId = selectTrackAt(frames, auto.tracks, 10, 0.3, 0.45);
    expect(jumperId).not.toBeNull();
    expect(jumperId).not.toBe(auto.trackId);
    const picked = chooseSubject(frames, capture, 30, jumperId!);
    expect(picked.skeleton.capture.subjectSelection?.method).toBe('user-click');
    expect(hipX(picked.skeleton.frames[10]!)).toBeCloseTo(0.3, 3);
  });

  it('chooseSubject(empty frames) is refused as no person, not thrown', () => {
    const frames = Array.from({ length: 90 }, (_, f) => ({
      timeS: f / 30,
      poses: [],
      meanLumaFrac: 0.5,
    }));
    const r = chooseSubject(frames, capture, 30);
    expect(r.quality.ok).toBe(false);
    expect(r.quality.reasons[0]).toBe('no-person');
  });

  it('chooseSubject(dark empty frames) says too dark', () => {
    const frames = Array.from({ length: 90 }, (_, f) => ({
      timeS: f / 30,
      poses: [],
      meanLumaFrac: 0.03,
    }));
    expect(chooseSubject(frames, capture, 30).quality.reasons[0]).toBe('too-dark');
  });

  it('chooseSubject(1 s of walking) is refused as too short', () => {
    expect(chooseSubject(walkerAndJumper(30), capture, 30).quality.reasons[0]).toBe('too-short');
  });

  it('chooseSubject(feet below the picture) says the lower body is out of view', () => {
    const frames = walkerAndJumper(120).map((f) => ({
      ...f,
      poses: f.poses.map((p) => ({
        ...p,
        image: p.image.map(([x, y, z]) => [x, y + 0.3, z] as [number, number, number]),
      })),
    }));
    expect(chooseSubject(frames, capture, 30).quality.reasons[0]).toBe('lower-body-out-of-view');
  });

  it('chooseSubject(frames) returns plain cloneable data and does not change its input', () => {
    const frames = walkerAndJumper(90);
    const copy = structuredClone(frames);
    const r = chooseSubject(frames, capture, 30);
    expect(frames).toEqual(copy);
    expect(structuredClone(r)).toEqual(r);
  });
});
