/** Reader of the skeleton file `gaitlens.skeleton/1` (writer: writeSkeletonJson.ts). */
import { SKELETON_FORMAT } from '../../core/skeleton/types';
import type { Skeleton } from '../../core/skeleton/types';
import { checkFormatTag } from './checkFormatTag';
import { parseJsonText } from './parseJsonText';
import { skeletonSchema } from './skeletonSchema';
import { toInputFormatError } from './toInputFormatError';

/**
 * Read and strictly validate a skeleton file.
 * @param text - the file's text
 * @returns the skeleton (new object; `quality.meanVisibilityFrac` null is read as NaN)
 * @throws InputFormatError with code `not-json`, `too-large`, `wrong-format`, `wrong-version` or `schema`
 *   (the message says what is wrong, `path` where, e.g. `frames[3].image[29]`)
 */
export function readSkeletonJson(text: string): Skeleton {
  const value = parseJsonText(text, 'skeleton file');
  checkFormatTag(value, SKELETON_FORMAT, 'skeleton file');
  const result = skeletonSchema.safeParse(value);
  if (!result.success) throw toInputFormatError(result.error, 'skeleton file');
  return result.data;
}
