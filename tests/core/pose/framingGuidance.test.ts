import { describe, expect, it } from 'vitest';
import { framingGuidance } from '../../../src/core/pose/framingGuidance';
import { stickPerson } from '../../helpers/poseCandidates';

const ok = (hints: ReturnType<typeof framingGuidance>, check: string) =>
  hints.find((h) => h.check === check)?.ok;

describe('framingGuidance(pose, meanLumaFrac)', () => {
  it('framingGuidance(side-on whole body, good light) passes every check', () => {
    const hints = framingGuidance(stickPerson(0.5, 0.5, 0.6), 0.5);
    expect(hints.every((h) => h.ok)).toBe(true);
  });
  it('framingGuidance(null) asks the person to step into the picture', () => {
    expect(ok(framingGuidance(null, 0.5), 'person')).toBe(false);
  });
  it('framingGuidance(feet cut off) asks to move the camera', () => {
    expect(ok(framingGuidance(stickPerson(0.5, 0.75, 0.6), 0.5), 'whole-body')).toBe(false);
  });
  it('framingGuidance(person facing the camera) asks for a side-on walk', () => {
    const p = stickPerson(0.5, 0.5, 0.6);
    p.image[11] = [0.45, p.image[11]![1], 0];
    p.image[12] = [0.55, p.image[12]![1], 0];
    expect(ok(framingGuidance(p, 0.5), 'side-on')).toBe(false);
  });
  it('framingGuidance(tiny person, dark room) says too far and too dark', () => {
    const hints = framingGuidance(stickPerson(0.5, 0.5, 0.2), 0.05);
    expect(ok(hints, 'distance')).toBe(false);
    expect(ok(hints, 'light')).toBe(false);
  });
});
