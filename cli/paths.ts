import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder of the built web app. The CLI is bundled to dist-cli/, next to dist/.
 * @returns absolute path of dist/
 */
export function appDistDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, here.endsWith('dist-cli') ? '..' : '../..', 'dist');
}
