import { expect } from 'vitest';
import { InputFormatError } from '../../src/core/errors';

/**
 * Run a reader that must refuse its input, and return what it threw.
 * @param read - the call that should throw
 * @returns the InputFormatError (the test fails when nothing or something else was thrown)
 */
export function caughtInputFormatError(read: () => unknown): InputFormatError {
  let caught: unknown;
  try {
    read();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputFormatError);
  return caught as InputFormatError;
}
