/** Launch real Chromium through playwright-core with the flags that work on CPU-only machines. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { findChromium } from './findChromium';

/**
 * Start Chromium.
 * @param extraArgs - more command-line flags (e.g. a fake camera)
 * @param install - install Chromium with apt when it is missing
 * @returns the browser
 */
export async function launchChromium(
  extraArgs: readonly string[] = [],
  install = false,
): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(install),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}
