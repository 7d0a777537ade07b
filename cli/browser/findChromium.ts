/**
 * Find the Chromium executable that GaitLens drives (Debian package `chromium`); install it with
 * apt when allowed and possible, otherwise fail with a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES } from '../../scripts/chromium.mjs';

/** No usable Chromium, and it could not be installed. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
  readonly code = 'chromium-missing';
}

function located(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Path of the Chromium executable.
 * @param install - try `apt-get install -y chromium` when it is missing (needs root and apt)
 * @returns absolute path of the executable
 * @throws ChromiumMissingError when none is found and installing is impossible or failed
 */
export function findChromium(install = false): string {
  const found = located();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('Chromium is missing: installing the Debian package `chromium` with apt-get…');
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env,
      });
    } catch (e) {
      throw new ChromiumMissingError(
        `Installing chromium with apt-get failed: ${(e as Error).message}`,
      );
    }
    const after = located();
    if (after) return after;
  }
  throw new ChromiumMissingError(
    'Chromium was not found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
