import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
