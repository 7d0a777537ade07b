#!/usr/bin/env node
/* global window */
// Pose benchmark: runs the built app's pose pipeline in headless Chromium on the demo video
// (frames downscaled to 640 px) with the lite and full models, and prints frames/s and the ratio
// processing time / video duration (goal: ≤ 1.0 with lite). Needs `npm run build` first.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES, CHROMIUM_FLAGS } from './chromium.mjs';
import { startServer } from './serve.mjs';

const VIDEO = resolve(process.env.BENCH_VIDEO ?? '../shared/data/video/sports2d-demo.mp4');
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 7.667);
const executablePath =
  process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? 'chromium';

const server = await startServer();
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
try {
  console.log(`bench:pose  ${VIDEO} (${DURATION_S} s), CPU delegate, numPoses 2, frames ≤ 640 px`);
  for (const model of ['lite', 'full']) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'gaitlens' in window);
    await page.locator(`input[name="model"][value="${model}"]`).check();
    await page.getByTestId('video-file').setInputFiles(VIDEO);
    await page.waitForFunction(
      () => ['review', 'problem'].includes(window.gaitlens.screen()),
      undefined,
      {
        timeout: 600_000,
        polling: 200,
      },
    );
    const info = await page.evaluate(() => ({
      c: window.gaitlens.candidates(),
      n: window.gaitlens.skeleton()?.frames.length ?? 0,
    }));
    if (!info.c) throw new Error(`pose run failed with ${model}`);
    const fps = info.n / info.c.processingS;
    const ratio = info.c.processingS / DURATION_S;
    console.log(
      `${model.padEnd(5)} ${info.n} frames in ${info.c.processingS.toFixed(2)} s = ${fps.toFixed(1)} frames/s; ` +
        `processing/duration ratio ${ratio.toFixed(2)} (goal ≤ 1.00: ${ratio <= 1 ? 'met' : 'not met'})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
