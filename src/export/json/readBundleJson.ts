/** Reader of the GaitLens JSON bundle `gaitlens.bundle/1` (writer: writeBundleJson.ts). */
import { InputFormatError } from '../../core/errors';
import { bundleSchema } from './bundleSchema';
import { BUNDLE_FORMAT } from './bundleTypes';
import type { GaitBundle } from './bundleTypes';
import { checkFormatTag } from './checkFormatTag';
import { findEmbeddedMedia } from './findEmbeddedMedia';
import { parseJsonText } from './parseJsonText';
import { toInputFormatError } from './toInputFormatError';

const WHAT = 'GaitLens bundle';

/**
 * Read and strictly validate a GaitLens bundle. Pure: it never touches stored data, so a rejected file
 * cannot change anything.
 * @param text - the file's text (decrypt an encrypted envelope first with `decryptBundle`)
 * @returns the bundle (new object)
 * @throws InputFormatError with code `not-json`, `too-large`, `wrong-format`, `wrong-version` or `schema`;
 *   the message says what is wrong and `path` gives the JSON path (e.g. `skeleton.frames[3].timeS`)
 * @remarks Text fields may contain anything, including `<script>`: they are kept verbatim as text and must
 *   only ever be rendered as text. Data URLs of images, video or audio are rejected anywhere in the file.
 */
export function readBundleJson(text: string): GaitBundle {
  const value = parseJsonText(text, WHAT);
  checkFormatTag(value, BUNDLE_FORMAT, WHAT);
  const media = findEmbeddedMedia(value);
  if (media)
    throw new InputFormatError('schema', `The ${WHAT} is malformed: ${media.reason}`, media.path);
  const result = bundleSchema.safeParse(value);
  if (!result.success) throw toInputFormatError(result.error, WHAT);
  return result.data as GaitBundle;
}
