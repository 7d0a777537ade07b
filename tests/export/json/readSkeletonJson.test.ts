import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputFormatError } from '../../../src/core/errors';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import { writeSkeletonJson } from '../../../src/export/json/writeSkeletonJson';
import { FIXTURE_EMPTY_FRAME, makeSyntheticSkeleton } from '../fixtures/syntheticSkeleton';

describe('readSkeletonJson(text)', () => {
  it('readSkeletonJson(writeSkeletonJson(s)) returns an equal skeleton and leaves the input unchanged', () => {
    const skeleton = makeSyntheticSkeleton();
    const before = JSON.stringify(skeleton);
    const back = readSkeletonJson(writeSkeletonJson(skeleton));
    expect(back).toEqual(skeleton);
    expect(JSON.stringify(skeleton)).toBe(before);
    expect(back.frames).toHaveLength(60);
    expect(back.frames[FIXTURE_EMPTY_FRAME]!.image).toBeNull();
  });

  it('readSkeletonJson(text) rejects a bundle with code wrong-format', () => {
    expect(() => readSkeletonJson('{"format":"gaitlens.bundle/1"}')).toThrow(
      expect.objectContaining({ code: 'wrong-format' }) as Error,
    );
  });

  it('readSkeletonJson(text) rejects version 2 with code wrong-version', () => {
    expect(() => readSkeletonJson('{"format":"gaitlens.skeleton/2"}')).toThrow(
      expect.objectContaining({ code: 'wrong-version' }) as Error,
    );
  });

  it('readSkeletonJson(text) names the frame and landmark of a bad value', () => {
    const t = JSON.parse(writeSkeletonJson(makeSyntheticSkeleton())) as {
      frames: { image: unknown[][] }[];
    };
    t.frames[3]!.image[29] = [0.5, 'x', 0];
    expect(() => readSkeletonJson(JSON.stringify(t))).toThrow(
      expect.objectContaining({ code: 'schema', path: 'frames[3].image[29][1]' }) as Error,
    );
  });
});

describe('readSkeletonJson(text) with a byte-order mark', () => {
  it('readSkeletonJson(text) ignores a leading UTF-8 byte-order mark', () => {
    const skeleton = makeSyntheticSkeleton(3);
    expect(readSkeletonJson('\uFEFF' + writeSkeletonJson(skeleton))).toEqual(skeleton);
  });
});

describe('readSkeletonJson(text) on the pose pipeline’s own output', () => {
  const fixture = readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8');

  it('readSkeletonJson(demo skeleton) accepts frames whose presence is null (model does not report it)', () => {
    const raw = JSON.parse(fixture) as { frames: { image: unknown; presence: unknown }[] };
    const withSubjectNoPresence = raw.frames.filter((f) => f.image !== null && f.presence === null);
    expect(withSubjectNoPresence.length).toBeGreaterThan(100);
    const s = readSkeletonJson(fixture);
    expect(s.frames).toHaveLength(raw.frames.length);
    expect(readSkeletonJson(writeSkeletonJson(s)).frames).toHaveLength(raw.frames.length);
  });

  it('readSkeletonJson(text) still rejects a frame with image but no world, naming the frame', () => {
    const raw = JSON.parse(fixture) as { frames: { image: unknown; world: unknown }[] };
    const i = raw.frames.findIndex((f) => f.image !== null);
    raw.frames[i]!.world = null;
    expect(() => readSkeletonJson(JSON.stringify(raw))).toThrow(
      expect.objectContaining({ code: 'schema', path: `frames[${i}].image` }) as Error,
    );
  });

  it('readSkeletonJson(text) rejects presence values in a frame without a subject', () => {
    const raw = JSON.parse(fixture) as { frames: { image: unknown; presence: unknown }[] };
    const i = raw.frames.findIndex((f) => f.image === null);
    raw.frames[i]!.presence = new Array(33).fill(0.5);
    expect(() => readSkeletonJson(JSON.stringify(raw))).toThrow(
      expect.objectContaining({ code: 'schema', path: `frames[${i}].presence` }) as Error,
    );
  });
});

describe('readSkeletonJson(text) refuses an fpsHz that contradicts the frame times', () => {
  // The demo's own frame times: 230 frames from 0 to 7.633333 s, i.e. 30.00 frames per second.
  const fixture = readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8');
  const withFps = (fpsHz: unknown): string => {
    const raw = JSON.parse(fixture) as { fpsHz: unknown };
    raw.fpsHz = fpsHz;
    return JSON.stringify(raw);
  };

  it('readSkeletonJson(demo) reads its fpsHz 30, which its frame times confirm', () => {
    const s = readSkeletonJson(fixture);
    expect(s.fpsHz).toBe(30);
    expect((s.frames.length - 1) / s.frames.at(-1)!.timeS).toBeCloseTo(30, 3);
  });

  it.each([
    [
      1000,
      /fpsHz 1000 disagrees with the frame times: 230 frames from 0 to 7\.633333 s are 30\.00/,
    ],
    [60, /fpsHz 60 disagrees/],
    [15, /fpsHz 15 disagrees/],
    [31, /fpsHz 31 disagrees/],
  ])('readSkeletonJson(demo with fpsHz %s) refuses it: inconsistent at fpsHz', (fps, says) => {
    let caught: unknown;
    try {
      readSkeletonJson(withFps(fps));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputFormatError);
    expect(caught).toMatchObject({ code: 'inconsistent', path: 'fpsHz' });
    expect((caught as Error).message).toMatch(says);
  });

  it.each([
    [0, 'schema'],
    [-30, 'schema'],
    ['30', 'schema'],
  ])(
    'readSkeletonJson(demo with fpsHz %s) refuses an impossible rate with code %s',
    (fps, code) => {
      expect(() => readSkeletonJson(withFps(fps))).toThrow(
        expect.objectContaining({ code, path: 'fpsHz' }) as Error,
      );
    },
  );
});
