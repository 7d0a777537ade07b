import type { FrameIssue, SkeletonFrame } from './types';

/**
 * A skeleton frame in which the subject was not found.
 * @param timeS - frame time, s
 * @param posesInFrame - people the estimator reported in the frame (0 when nobody)
 * @param issue - `no-person` (nobody found) or `subject-lost` (others found, not the subject)
 * @returns the frame: no landmarks, `subjectFound` false, mean visibility NaN
 */
export function emptySkeletonFrame(
  timeS: number,
  posesInFrame: number,
  issue: FrameIssue = posesInFrame > 0 ? 'subject-lost' : 'no-person',
): SkeletonFrame {
  return {
    timeS,
    image: null,
    world: null,
    visibility: null,
    presence: null,
    quality: {
      subjectFound: false,
      lowerBodyInView: false,
      meanVisibilityFrac: NaN,
      posesInFrame,
      issues: [issue],
    },
  };
}
