/** Writer of the GaitLens JSON bundle `gaitlens.bundle/1` (reader: readBundleJson.ts). */
import type { GaitBundle } from './bundleTypes';

/**
 * Serialise a bundle as JSON text.
 * @param bundle - the bundle; not modified
 * @returns compact JSON text (NaN becomes null, as JSON has no NaN)
 */
export function writeBundleJson(bundle: GaitBundle): string {
  return JSON.stringify(bundle);
}
