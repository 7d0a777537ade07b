/** Turn a zod validation failure into an InputFormatError that says what is wrong and where. */
import type { z } from 'zod';
import { InputFormatError } from '../../core/errors';

/**
 * Format a zod issue path as a JSON path, e.g. `frames[3].image[29]`.
 * @param path - the issue path (keys and array indices)
 * @returns the path text; empty for the root
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Convert a zod error to an InputFormatError with code `schema` (or `inconsistent`).
 * @param error - the zod error of a failed `safeParse`
 * @param what - what the file should be, for the message
 * @returns the error for the first issue (zod reports issues in document order), with its path; the code
 *   is `inconsistent` when the issue says so (a custom issue with `params: { inputCode: 'inconsistent' }`:
 *   two parts of the file contradict each other), else `schema`
 */
export function toInputFormatError(error: z.ZodError, what: string): InputFormatError {
  const issue = error.issues[0];
  if (!issue) return new InputFormatError('schema', `The ${what} does not match its schema`);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  const inconsistent = issue.code === 'custom' && issue.params?.inputCode === 'inconsistent';
  return new InputFormatError(
    inconsistent ? 'inconsistent' : 'schema',
    `The ${what} ${inconsistent ? 'contradicts itself' : 'is malformed'}: ${issue.message}${more}`,
    formatJsonPath(issue.path) || '(root)',
  );
}
