import { describe, expect, it } from 'vitest';
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
