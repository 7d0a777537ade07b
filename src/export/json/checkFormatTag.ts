/** Check the `format` tag of a parsed JSON file before validating the rest. */
import { InputFormatError } from '../../core/errors';

/**
 * Check that `value.format` names the expected format and version.
 * @param value - the parsed JSON value
 * @param expected - the expected tag, `<family>/<version>` (e.g. `gaitlens.bundle/1`)
 * @param what - what the file should be, for the message
 * @throws InputFormatError `wrong-version` for the same family with another version, `wrong-format` otherwise
 */
export function checkFormatTag(value: unknown, expected: string, what: string): void {
  const family = expected.slice(0, expected.lastIndexOf('/') + 1);
  const tag =
    typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  if (tag === expected) return;
  if (typeof tag === 'string' && tag.startsWith(family)) {
    throw new InputFormatError(
      'wrong-version',
      `This ${what} has version "${tag}"; this GaitLens reads "${expected}"`,
      'format',
    );
  }
  const found = typeof tag === 'string' ? `"${tag.slice(0, 60)}"` : 'no format tag';
  throw new InputFormatError(
    'wrong-format',
    `This is not a ${what}: expected format "${expected}", found ${found}`,
    'format',
  );
}
