/** Which frames to show as key frames: HS, TO and mid-swing of the representative and most abnormal cycle. */
import type { Skeleton } from '../../core/skeleton/types';
import type { CycleKeyFrames, KeyFrames } from '../../core/ted/types';

/** One key frame to draw. */
export interface KeyFrameShot {
  /** Stable id, e.g. `representative-heel-strike`. */
  id: string;
  cycle: 'representative' | 'most-abnormal';
  side: CycleKeyFrames['side'];
  event: 'heel strike' | 'toe-off' | 'mid-swing';
  frame: number;
  /** Time of the frame in the recording, s (from the skeleton). */
  timeS: number;
}

/**
 * The key frames of a recording, in reading order.
 * @param keyFrames - TED key frames of the analysis
 * @param skeleton - the analysed skeleton (for frame times)
 * @returns up to 6 shots; events without a frame (no toe-off) and frames outside the skeleton are left out
 */
export function keyFrameShots(keyFrames: KeyFrames, skeleton: Skeleton): KeyFrameShot[] {
  const out: KeyFrameShot[] = [];
  const cycles = [
    ['representative', keyFrames.representative],
    ['most-abnormal', keyFrames.mostAbnormal],
  ] as const;
  for (const [cycle, c] of cycles) {
    if (!c) continue;
    const events = [
      ['heel strike', c.heelStrikeFrame],
      ['toe-off', c.toeOffFrame],
      ['mid-swing', c.midSwingFrame],
    ] as const;
    for (const [event, frame] of events) {
      const f = skeleton.frames[frame];
      if (frame < 0 || !f) continue;
      out.push({
        id: `${cycle}-${event.replace(/ /g, '-')}`,
        cycle,
        side: c.side,
        event,
        frame,
        timeS: f.timeS,
      });
    }
  }
  return out;
}
