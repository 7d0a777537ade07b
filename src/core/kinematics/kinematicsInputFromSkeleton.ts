import type { Side } from '../events/types';
import { extractSeries, frameTimesS } from '../skeleton/extractSeries';
import type { LandmarkName } from '../skeleton/landmarks';
import type { Skeleton } from '../skeleton/types';
import { inferWalkingDirection } from './inferWalkingDirection';
import type { KinematicsInput, LimbPointSeries, PointSeries, WalkingDirection } from './types';

/** Options of {@link kinematicsInputFromSkeleton}. */
export interface SkeletonKinematicsOptions {
  /** Direction of progression; when absent it is inferred from the hip travel (left-to-right if unclear). */
  walkingDirection?: WalkingDirection;
  /** `image` (default): 2-D, pixels of the analysed frames; `world`: 3-D BlazePose world metres. */
  space?: 'image' | 'world';
}

type LimbLandmark = 'shoulder' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index';

// One side's six landmark series, scaled to pixels (image) or kept in metres (world).
function limbSeries(
  skeleton: Readonly<Skeleton>,
  side: Side,
  space: 'image' | 'world',
): LimbPointSeries {
  const sx = space === 'image' ? skeleton.capture.widthPx : 1;
  const sy = space === 'image' ? skeleton.capture.heightPx : 1;
  const get = (part: LimbLandmark): PointSeries => {
    const s = extractSeries(skeleton as Skeleton, `${side}_${part}` as LandmarkName, space);
    const x = s.x.map((v) => v * sx);
    const y = s.y.map((v) => v * sy);
    return space === 'world' ? { x, y, z: s.z } : { x, y };
  };
  return {
    shoulder: get('shoulder'),
    hip: get('hip'),
    knee: get('knee'),
    ankle: get('ankle'),
    heel: get('heel'),
    toe: get('foot_index'),
  };
}

/**
 * Build the kinematics input from a skeleton.
 * @param skeleton - the skeleton (gaitlens.skeleton/1); not modified
 * @param options - walking direction (else inferred) and coordinate space (default `image`)
 * @returns frame times (s), `left` and `right` limb series of shoulder, hip, knee, ankle, heel and
 *   toe (`foot_index`), the space (`2d` for image, `3d` for world) and the walking direction
 * @remarks
 * Image coordinates are normalised (x by width, y by height), so they are multiplied by
 * capture.widthPx and capture.heightPx to give aspect-correct pixels; otherwise every angle would
 * be distorted by the frame's aspect ratio. y stays pointing down. World coordinates (metres,
 * hip-centred, y down) are used as they are, with z. When no direction is given,
 * {@link inferWalkingDirection} decides; if it cannot, `left-to-right` is assumed (the caller
 * should then ask the user). Missing data: frames without a subject give NaN in every series.
 */
export function kinematicsInputFromSkeleton(
  skeleton: Readonly<Skeleton>,
  options: Readonly<SkeletonKinematicsOptions> = {},
): KinematicsInput {
  const space = options.space ?? 'image';
  return {
    timesS: frameTimesS(skeleton as Skeleton),
    space: space === 'image' ? '2d' : '3d',
    walkingDirection:
      options.walkingDirection ?? inferWalkingDirection(skeleton) ?? 'left-to-right',
    left: limbSeries(skeleton, 'left', space),
    right: limbSeries(skeleton, 'right', space),
  };
}
