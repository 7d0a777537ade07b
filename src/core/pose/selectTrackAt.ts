import { poseBoxNorm } from './poseGeometry';
import type { PersonTrack, PoseCandidateFrame } from './types';

/**
 * The person track under a point the user clicked in one frame.
 * @param frames - estimator output per frame
 * @param tracks - tracks from trackPeople
 * @param frame - index of the frame shown when the user clicked (integer)
 * @param xFrac - click position, fraction of image width (0–1)
 * @param yFrac - click position, fraction of image height (0–1)
 * @returns the id of the track whose pose box (grown by 10 %) contains the point, the one with
 * the nearest box centre if several do; null when the click hit nobody
 */
export function selectTrackAt(
  frames: readonly PoseCandidateFrame[],
  tracks: readonly PersonTrack[],
  frame: number,
  xFrac: number,
  yFrac: number,
): number | null {
  let best: { id: number; d: number } | null = null;
  for (const track of tracks) {
    const i = track.frames.indexOf(frame);
    if (i < 0) continue;
    const box = poseBoxNorm(frames[frame]!.poses[track.poseIndices[i]!]!);
    const padX = 0.1 * (box.maxX - box.minX);
    const padY = 0.1 * (box.maxY - box.minY);
    const inside =
      xFrac >= box.minX - padX &&
      xFrac <= box.maxX + padX &&
      yFrac >= box.minY - padY &&
      yFrac <= box.maxY + padY;
    if (!inside) continue;
    const d = Math.hypot(xFrac - (box.minX + box.maxX) / 2, yFrac - (box.minY + box.maxY) / 2);
    if (!best || d < best.d) best = { id: track.id, d };
  }
  return best ? best.id : null;
}
