/** Writer of the skeleton file `gaitlens.skeleton/1` (reader: readSkeletonJson.ts). */
import type { Skeleton } from '../../core/skeleton/types';

/**
 * Serialise a skeleton as JSON text.
 * @param skeleton - the skeleton; not modified
 * @returns compact JSON text; NaN values (no subject) become null, as JSON has no NaN
 */
export function writeSkeletonJson(skeleton: Skeleton): string {
  return JSON.stringify(skeleton);
}
