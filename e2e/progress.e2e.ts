import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHARED, type AppSession } from './harness/appSession';

describe('pose progress and cancel', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows frames/s and time left while processing, and Cancel returns home with no result', async () => {
    const { page } = app;
    await page.getByTestId('video-file').setInputFiles(`${SHARED}/video/sports2d-demo.mp4`);
    await page.waitForFunction(() => (window.gaitlens.progress()?.done ?? 0) >= 10, undefined, {
      timeout: 60_000,
      polling: 100,
    });
    const text = await page.getByTestId('progress-text').textContent();
    expect(text).toMatch(/Frame \d+ of 230 \(\d+ %\) · \d+\.\d frames\/s · about \d+ s left/);
    await page.getByTestId('cancel').click();
    await page.waitForFunction(() => window.gaitlens.screen() === 'home');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.gaitlens.screen())).toBe('home');
    expect(await page.evaluate(() => window.gaitlens.skeleton())).toBeNull();
  });

  it('runs again after a cancel (the worker keeps its model)', async () => {
    const { page } = app;
    await page.getByTestId('video-file').setInputFiles(`${SHARED}/video/sports2d-demo-3s-640.mp4`);
    await page.waitForFunction(() => window.gaitlens.screen() === 'review', undefined, {
      timeout: 120_000,
    });
    expect((await page.evaluate(() => window.gaitlens.skeleton()))?.frames).toHaveLength(90);
    expect(app.foreignRequests()).toEqual([]);
  });
});
