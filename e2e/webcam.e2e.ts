import type {} from '../src/ui/automationTypes';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, SHARED, type AppSession } from './harness/appSession';

const FAKE_CAMERA = [
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${resolve(SHARED, 'video/sports2d-demo-3s-640.mjpeg')}`,
];

describe('webcam capture (Chromium fake camera fed with a walking clip)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    if (app) expect(app.foreignRequests()).toEqual([]);
    await app?.close();
    app = undefined;
  });

  it('shows the live skeleton with framing advice, records the skeleton and opens the review', async () => {
    app = await openApp({ args: [...FAKE_CAMERA, '--use-fake-ui-for-media-stream'] });
    const { page } = app;
    await page.getByTestId('open-webcam').click();
    await page.locator('[data-check="person"][data-ok="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-check="light"]').getAttribute('data-ok')).resolves.toBe(
      'true',
    );
    await page.getByTestId('start-recording').click();
    // The fake camera loops a 3 s clip (the walker jumps back at each loop): record two loops.
    await page.waitForTimeout(6500);
    await page.getByTestId('stop-recording').click();
    await page.waitForFunction(() => window.gaitlens.screen() === 'review', undefined, {
      timeout: 30_000,
    });
    const skeleton = await page.evaluate(() => window.gaitlens.skeleton()!);
    const tracked = skeleton.frames.filter((f) => f.quality.subjectFound).length;
    console.log(
      `webcam: ${skeleton.frames.length} frames at ${skeleton.fpsHz} fps, ${tracked} tracked`,
    );
    expect(skeleton.capture.source).toBe('webcam');
    expect(skeleton.frames.length).toBeGreaterThan(20);
    // At least one loop of the clip is followed (a jump back is another person to the tracker):
    // ≥ 2 s of the walker, the least the analysis accepts.
    expect(tracked / skeleton.fpsHz).toBeGreaterThanOrEqual(2);
    // Only the skeleton is kept: the review has no video element.
    await expect(page.locator('[data-testid="review"] video').count()).resolves.toBe(0);
  });

  it('camera permission denied → a clear message', async () => {
    app = await openApp({ args: FAKE_CAMERA });
    await app.context.clearPermissions();
    await app.page.getByTestId('open-webcam').click();
    await app.page.getByTestId('problem').waitFor({ timeout: 30_000 });
    await expect(app.page.evaluate(() => window.gaitlens.problemCodes())).resolves.toEqual([
      'camera-denied',
    ]);
  });

  it('no camera at all → a clear message', async () => {
    app = await openApp({ args: ['--use-fake-ui-for-media-stream'] });
    await app.page.getByTestId('open-webcam').click();
    await app.page.getByTestId('problem').waitFor({ timeout: 30_000 });
    await expect(app.page.evaluate(() => window.gaitlens.problemCodes())).resolves.toEqual([
      'no-camera',
    ]);
  });
});
