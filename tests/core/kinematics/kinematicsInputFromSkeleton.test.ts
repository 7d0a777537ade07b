import { describe, expect, it } from 'vitest';
import { computeSagittalAngles } from '../../../src/core/kinematics/sagittalAngles';
import { inferWalkingDirection } from '../../../src/core/kinematics/inferWalkingDirection';
import { kinematicsInputFromSkeleton } from '../../../src/core/kinematics/kinematicsInputFromSkeleton';
import { heelStrikesFromEvents } from '../../../src/core/kinematics/heelStrikesFromEvents';
import type { GaitEvent } from '../../../src/core/events/types';
import { BLAZEPOSE_LANDMARKS, landmarkIndex } from '../../../src/core/skeleton/landmarks';
import type { ImagePointNorm, Skeleton, SkeletonFrame } from '../../../src/core/skeleton/types';
import { SKELETON_FORMAT } from '../../../src/core/skeleton/types';
import { limbPoints } from './stickFigure';

const WIDTH_PX = 640;
const HEIGHT_PX = 360;

/** A skeleton whose subject holds knee 40°, hip 20°, ankle 5° and moves 300 px towards ±x. */
function skeleton(forwardSign: 1 | -1, missingFrame = -1): Skeleton {
  const frames: SkeletonFrame[] = Array.from({ length: 30 }, (_, i) => {
    const hipX = 320 + forwardSign * (i * 10 - 150);
    const image: ImagePointNorm[] = BLAZEPOSE_LANDMARKS.map(() => [0.5, 0.5, 0]);
    for (const side of ['left', 'right'] as const) {
      const p = limbPoints({ hipDeg: 20, kneeDeg: 40, ankleDeg: 5 }, hipX, 150, forwardSign);
      const put = (name: string, xy: [number, number]) => {
        image[landmarkIndex(name as never)] = [xy[0] / WIDTH_PX, xy[1] / HEIGHT_PX, 0];
      };
      put(`${side}_shoulder`, p.shoulder);
      put(`${side}_hip`, p.hip);
      put(`${side}_knee`, p.knee);
      put(`${side}_ankle`, p.ankle);
      put(`${side}_heel`, p.heel);
      put(`${side}_foot_index`, p.toe);
    }
    const found = i !== missingFrame;
    return {
      timeS: i / 30,
      image: found ? image : null,
      world: null,
      visibility: found ? image.map(() => 1) : null,
      presence: found ? image.map(() => 1) : null,
      quality: {
        subjectFound: found,
        lowerBodyInView: found,
        meanVisibilityFrac: found ? 1 : NaN,
        posesInFrame: 1,
        issues: [],
      },
    };
  });
  return {
    format: SKELETON_FORMAT,
    fpsHz: 30,
    landmarkNames: BLAZEPOSE_LANDMARKS,
    frames,
    capture: {
      source: 'synthetic',
      widthPx: WIDTH_PX,
      heightPx: HEIGHT_PX,
      model: 'none',
      createdIso: '2026-01-01T00:00:00Z',
      software: 'test',
    },
  };
}

describe('kinematicsInputFromSkeleton(skeleton, options)', () => {
  it('kinematicsInputFromSkeleton(16:9 skeleton) scales to pixels so the angles are exact', () => {
    const input = kinematicsInputFromSkeleton(skeleton(1));
    expect(input.space).toBe('2d');
    expect(input.walkingDirection).toBe('left-to-right');
    expect(input.timesS).toHaveLength(30);
    const a = computeSagittalAngles(input.left!, input.walkingDirection, input.space);
    expect(a.knee[5]).toBeCloseTo(40, 9);
    expect(a.hip[5]).toBeCloseTo(20, 9);
    expect(a.ankle[5]).toBeCloseTo(5, 9);
  });

  it('kinematicsInputFromSkeleton(skeleton walking right-to-left) infers the direction and keeps flexion positive', () => {
    const input = kinematicsInputFromSkeleton(skeleton(-1));
    expect(input.walkingDirection).toBe('right-to-left');
    const a = computeSagittalAngles(input.right!, input.walkingDirection, input.space);
    expect(a.knee[0]).toBeCloseTo(40, 9);
  });

  it('kinematicsInputFromSkeleton(skeleton, { walkingDirection }) uses the given direction', () => {
    expect(
      kinematicsInputFromSkeleton(skeleton(1), { walkingDirection: 'right-to-left' })
        .walkingDirection,
    ).toBe('right-to-left');
  });

  it('kinematicsInputFromSkeleton(skeleton, { space: world }) gives 3-D metres and exact 3-D knee angles', () => {
    const sk = skeleton(1);
    const withWorld: Skeleton = {
      ...sk,
      frames: sk.frames.map((f) => ({
        ...f,
        world: f.image!.map(
          ([x, y]) =>
            [(x * WIDTH_PX) / 500, (y * HEIGHT_PX) / 500, 0.1] as [number, number, number],
        ),
      })),
    };
    const input = kinematicsInputFromSkeleton(withWorld, { space: 'world' });
    expect(input.space).toBe('3d');
    expect(input.left?.knee.z?.[3]).toBe(0.1);
    const a = computeSagittalAngles(input.left!, input.walkingDirection, input.space);
    expect(a.knee[3]).toBeCloseTo(40, 9);
    expect(a.ankle[3]).toBeCloseTo(5, 9);
  });

  it('kinematicsInputFromSkeleton(skeleton with a frame without subject) gives NaN at that frame', () => {
    const input = kinematicsInputFromSkeleton(skeleton(1, 7));
    expect(Number.isNaN(input.left?.knee.x[7])).toBe(true);
    expect(Number.isFinite(input.left?.knee.x[8])).toBe(true);
  });
});

describe('inferWalkingDirection(skeleton)', () => {
  it('inferWalkingDirection(subject standing still) returns null', () => {
    const sk = skeleton(1);
    const still = { ...sk, frames: sk.frames.map((f) => ({ ...f, image: sk.frames[0]!.image })) };
    expect(inferWalkingDirection(still)).toBeNull();
  });
});

describe('heelStrikesFromEvents(events)', () => {
  it('heelStrikesFromEvents(mixed events) keeps sorted heel strikes per side', () => {
    const ev = (
      side: 'left' | 'right',
      type: 'heel-strike' | 'toe-off',
      timeS: number,
    ): GaitEvent => ({
      side,
      type,
      timeS,
      frame: Math.round(timeS * 30),
      confidenceFrac: 1,
      source: 'manual',
    });
    const events = [
      ev('left', 'heel-strike', 1.4),
      ev('left', 'toe-off', 1.0),
      ev('left', 'heel-strike', 0.3),
      ev('right', 'heel-strike', 0.85),
      ev('right', 'heel-strike', NaN),
    ];
    expect(heelStrikesFromEvents(events)).toEqual({ left: [0.3, 1.4], right: [0.85] });
  });
});
