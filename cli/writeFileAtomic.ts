/**
 * The one way the CLI writes a file: never over one of the command's inputs, and atomically (a temp
 * file in the same folder, then a rename), so a failed or interrupted write leaves no half file and
 * the old file, if any, intact.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './exitCodes';

/**
 * Refuse an output path that is, or resolves to, one of the inputs (same path, a symlink or a hard
 * link to it).
 * @param out - the output path
 * @param inputs - the input paths of the command
 * @throws UsageError (exit 64) naming both paths
 */
export function checkOutputIsNotInput(out: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (resolve(out) === resolve(input) || sameFile(out, input)) {
      throw new UsageError(
        `the output ${out} is the input ${input}; writing it would destroy the input. Choose another output file`,
      );
    }
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist: they are not the same file
  }
}

/**
 * Write a file atomically: the data goes to a temp file next to `path`, is flushed to disk, and is
 * renamed over `path`.
 * @param path - the file to write
 * @param data - its content (text is written as UTF-8)
 * @throws the file system's error (the temp file is removed, `path` is untouched)
 * @remarks A symlink at `path` is replaced by the new file, not followed.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
