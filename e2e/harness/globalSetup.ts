import { existsSync } from 'node:fs';
import { findChromium } from '../../cli/browser/findChromium';

/** Before any e2e test: Chromium must exist (installed with apt if missing) and the app be built. */
export default function setup(): void {
  const path = findChromium(true);
  console.log(`e2e: Chromium at ${path}`);
  if (!existsSync('dist/index.html') || !existsSync('dist/models/pose_landmarker_lite.task')) {
    throw new Error('e2e: the app is not built. Run `npm run build` first (npm test does this).');
  }
}
