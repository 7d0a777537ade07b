import type {} from '../src/ui/automationTypes';
import type { SkeletonFrame } from '../src/core/skeleton/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

describe('import a WebM video (the <video> + requestVideoFrameCallback fallback)', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('decodes every frame through the fallback and follows the walker right to left', async () => {
    const outcome = await importVideo(app.page, `${SHARED}/video/sports2d-demo-640.webm`, 240_000);
    expect(outcome).toEqual({ screen: 'review', problemCodes: [] });
    const { skeleton, info } = await app.page.evaluate(() => ({
      skeleton: window.gaitlens.skeleton()!,
      info: window.gaitlens.candidates()!,
    }));
    expect(info.decoder).toBe('video-element');
    expect(skeleton.fpsHz).toBeCloseTo(30, 0);
    expect(Math.abs(skeleton.frames.length - 230)).toBeLessThanOrEqual(2);
    const hip = (f: SkeletonFrame) => (f.image ? (f.image[23]![0] + f.image[24]![0]) / 2 : NaN);
    const mean = (t0: number, t1: number) => {
      const v = skeleton.frames
        .filter((f) => f.timeS >= t0 && f.timeS <= t1)
        .map(hip)
        .filter(Number.isFinite);
      return v.reduce((a, b) => a + b, 0) / v.length;
    };
    expect(mean(2, 2.5)).toBeGreaterThan(mean(5, 5.5) + 0.15);
    const span = skeleton.frames.filter((f) => f.timeS >= 1.5 && f.timeS <= 6.5);
    const share = span.filter((f) => f.quality.subjectFound).length / span.length;
    console.log(
      `webm: ${(skeleton.frames.length / info.processingS).toFixed(1)} frames/s, tracked ${(100 * share).toFixed(1)} %`,
    );
    // The 640 px WebM (CRF 34) is blurrier than the original: the walker is lost a little more often.
    expect(share).toBeGreaterThanOrEqual(0.7);
    expect(app.foreignRequests()).toEqual([]);
  });
});
