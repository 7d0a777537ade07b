import { describe, expect, it } from 'vitest';
import { BLAZEPOSE_LANDMARKS, landmarkIndex } from '../../../src/core/skeleton/landmarks';
import type { Skeleton, SkeletonFrame } from '../../../src/core/skeleton/types';
import { SKELETON_FORMAT } from '../../../src/core/skeleton/types';
import { tedInputFromSkeleton } from '../../../src/core/ted/tedInputFromSkeleton';
import { ev } from './synthetic';
import { emptySkeletonFrame } from '../../../src/core/skeleton/emptyFrame';

/** A frame whose ankles are `gapM` apart along x (world) and whose hips sit at image y = hipY. */
function frame(timeS: number, gapM: number, hipY: number): SkeletonFrame {
  const world = BLAZEPOSE_LANDMARKS.map(() => [0, 0, 0] as [number, number, number]);
  const image = BLAZEPOSE_LANDMARKS.map(() => [0.5, 0.5, 0] as [number, number, number]);
  world[landmarkIndex('left_ankle')] = [gapM / 2, 0.8, 0.03];
  world[landmarkIndex('right_ankle')] = [-gapM / 2, 0.8, -0.01];
  image[landmarkIndex('left_hip')] = [0.5, hipY - 0.01, 0];
  image[landmarkIndex('right_hip')] = [0.5, hipY + 0.01, 0];
  const ones = BLAZEPOSE_LANDMARKS.map(() => 1);
  const quality = {
    subjectFound: true,
    lowerBodyInView: true,
    meanVisibilityFrac: 1,
    posesInFrame: 1,
    issues: [],
  };
  return { timeS, image, world, visibility: ones, presence: ones, quality };
}

describe('tedInputFromSkeleton', () => {
  it('tedInputFromSkeleton(skeleton, events) gives world x–z ankle distance, image hip-centre y and NaN for empty frames', () => {
    const empty: SkeletonFrame = emptySkeletonFrame(2 / 30, 0);
    const skeleton: Skeleton = {
      format: SKELETON_FORMAT,
      fpsHz: 30,
      landmarkNames: BLAZEPOSE_LANDMARKS,
      frames: [frame(0, 0.3, 0.4), frame(1 / 30, 0.5, 0.42), empty],
      capture: {
        source: 'synthetic',
        widthPx: 640,
        heightPx: 480,
        model: 'test',
        createdIso: '2026-01-01T00:00:00Z',
        software: 'test',
      },
    };
    const events = [ev('left', 'heel-strike', 0)];
    const inp = tedInputFromSkeleton(skeleton, events);
    expect(Array.from(inp.timesS)).toEqual([0, 1 / 30, 2 / 30]);
    expect(inp.interAnkleDistanceM[0]).toBeCloseTo(Math.hypot(0.3, 0.04), 12);
    expect(inp.interAnkleDistanceM[1]).toBeCloseTo(Math.hypot(0.5, 0.04), 12);
    expect(inp.interAnkleDistanceM[2]).toBeNaN();
    expect(inp.pelvisVerticalFrac[1]).toBeCloseTo(0.42, 12);
    expect(inp.pelvisVerticalFrac[2]).toBeNaN();
    expect(inp.events).toEqual(events);
    expect(inp.events[0]).not.toBe(events[0]);
  });
});
