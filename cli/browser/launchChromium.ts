/** Launch real Chromium through playwright-core with the flags that work on CPU-only machines. */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './findChromium';

/** Flags for headless Chromium without GPU, sandbox or background traffic. */
export const CHROMIUM_FLAGS: readonly string[] = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

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
