/** Parse untrusted JSON text for the importers, with a size limit and a typed error. */
import { InputFormatError } from '../../core/errors';

/** Largest JSON text an importer accepts, characters (256 Mi; about 2.5 h of 30 Hz skeleton). */
export const MAX_JSON_CHARS = 256 * 1024 * 1024;

/**
 * Parse JSON text.
 * @param text - the file's text (UTF-8 decoded; a leading byte-order mark is ignored)
 * @param what - what the file should be, for the message (e.g. `GaitLens bundle`)
 * @param maxChars - size limit in characters (default {@link MAX_JSON_CHARS})
 * @returns the parsed value (not yet validated)
 * @throws InputFormatError `too-large` above the limit, `not-json` when the text is not JSON
 */
export function parseJsonText(text: string, what: string, maxChars = MAX_JSON_CHARS): unknown {
  if (text.length > maxChars) {
    throw new InputFormatError(
      'too-large',
      `The ${what} is ${text.length} characters; the limit is ${maxChars}`,
    );
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : 'unreadable';
    throw new InputFormatError(
      'not-json',
      `The ${what} is not valid JSON (it may be truncated): ${detail}`,
    );
  }
}
