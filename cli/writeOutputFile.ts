/** The one way CLI commands write their output files: never over an input, and atomically. */
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Resolved path of a file, following links when it exists. */
function canonical(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path);
}

/**
 * True when `out` names the same file as one of `inputs` (same path after resolving links).
 * @param out - output path as given
 * @param inputs - input paths as given
 * @returns whether writing `out` would overwrite an input
 */
export function isInputPath(out: string, inputs: readonly string[]): boolean {
  const o = canonical(out);
  return inputs.some((i) => canonical(i) === o);
}

/**
 * Write a file atomically: to a temporary file in the same folder, then rename over the target,
 * so a crash or a full disk never leaves a half-written output (the temporary file is removed).
 * @param out - output path
 * @param data - contents
 */
export function writeOutputFile(out: string, data: string | Uint8Array): void {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
