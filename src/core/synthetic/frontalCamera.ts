import type { ImagePointNorm } from '../skeleton/types';
import type { SyntheticWalkParams } from './synthesizeSkeleton';

/**
 * Image landmark of one walker point seen by a camera straight ahead of or behind the walker.
 * @param pt - point [forward m, up m, lateral m] (left lateral +)
 * @param pelvisForwardM - the pelvis's forward position, m
 * @param p - walk parameters (direction, distances m, focal length px, image size px, noise px)
 * @param noise - standard normal generator
 * @returns BlazePose-style image point: x, y in image fractions, z = depth relative to the hips in
 *   image-width units (smaller = closer)
 * @remarks Pinhole camera on the walking line at `cameraHeightM`. Toward: the pelvis starts
 *   `nearestM + speed × duration` away and ends `nearestM` away, seen from the front (the walker's
 *   left is image right). Away: the reverse, seen from behind. Noise of `noisePx` is added to x, y
 *   and (as pixels) to z.
 */
export function frontalImagePoint(
  pt: [number, number, number],
  pelvisForwardM: number,
  p: SyntheticWalkParams,
  noise: () => number,
): ImagePointNorm {
  const [f, u, l] = pt;
  const toward = p.direction === 'toward-camera';
  const travelM = p.speedMPerS * p.durationS;
  // distance along the walking line from the camera to a point at forward position f
  const depth = (fwd: number): number => (toward ? p.nearestM + travelM - fwd : p.nearestM + fwd);
  const d = depth(f);
  const lateral = toward ? l : -l;
  return [
    (p.widthPx / 2 + (p.focalPx * lateral) / d + p.noisePx * noise()) / p.widthPx,
    (p.heightPx / 2 - (p.focalPx * (u - p.cameraHeightM)) / d + p.noisePx * noise()) / p.heightPx,
    (((d - depth(pelvisForwardM)) * p.focalPx) / depth(pelvisForwardM) + p.noisePx * noise()) /
      p.widthPx,
  ];
}
