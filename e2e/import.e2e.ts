import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Skeleton } from '../src/core/skeleton/types';
import type { RecordingQuality } from '../src/core/pose/assessRecording';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

/** Hip-centre x per frame of the tracked subject (NaN where not tracked). */
function hipX(skeleton: Skeleton): number[] {
  return skeleton.frames.map((f) => (f.image ? (f.image[23]![0] + f.image[24]![0]) / 2 : NaN));
}

describe('import a walking video (demo, VP9 in MP4, 1768×994) → skeleton of the walker', () => {
  let app: AppSession;
  let skeleton: Skeleton;
  let quality: RecordingQuality;

  beforeAll(async () => {
    app = await openApp();
    const outcome = await importVideo(app.page, `${SHARED}/video/sports2d-demo.mp4`);
    expect(outcome).toEqual({ screen: 'review', problemCodes: [] });
    skeleton = (await app.page.evaluate(() => window.gaitlens.skeleton()!)) as Skeleton;
    quality = (await app.page.evaluate(() => window.gaitlens.quality()!)) as RecordingQuality;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('decodes all 230 frames at 30 fps with WebCodecs', async () => {
    const info = await app.page.evaluate(() => window.gaitlens.candidates()!);
    expect(skeleton.frames).toHaveLength(230);
    expect(skeleton.fpsHz).toBeCloseTo(30, 0);
    expect(info.decoder).toBe('webcodecs');
    console.log(
      `demo: ${(230 / info.processingS).toFixed(1)} frames/s, ${info.processingS.toFixed(1)} s`,
    );
  });

  it('tracks the walker on ≥ 90 % of the frames where she is fully visible (1.5–6.5 s)', () => {
    const span = skeleton.frames.filter((f) => f.timeS >= 1.5 && f.timeS <= 6.5);
    const tracked = span.filter((f) => f.quality.subjectFound).length / span.length;
    console.log(
      `demo: subject tracked on ${(100 * tracked).toFixed(1)} % of ${span.length} frames`,
    );
    expect(tracked).toBeGreaterThanOrEqual(0.9);
    expect(quality.ok).toBe(true);
  });

  it('follows the walker, not a distractor: hips travel right to left', () => {
    const x = hipX(skeleton);
    const at = (t0: number, t1: number) => {
      const v = x.filter(
        (_, i) => skeleton.frames[i]!.timeS >= t0 && skeleton.frames[i]!.timeS <= t1,
      );
      const ok = v.filter(Number.isFinite);
      return ok.reduce((a, b) => a + b, 0) / ok.length;
    };
    const early = at(1.5, 2.0);
    const late = at(6.0, 6.5);
    expect(early).toBeGreaterThan(0.6);
    expect(late).toBeLessThan(0.45);
    // Mostly monotonic: over 0.5 s windows the hips move left in nearly every window.
    const windows = [];
    for (let t = 1.5; t < 6.0; t += 0.5) windows.push(at(t + 0.5, t + 1.0) < at(t, t + 0.5));
    expect(windows.filter(Boolean).length).toBeGreaterThanOrEqual(windows.length - 1);
  });

  it('keeps the skeleton format: 33 BlazePose landmarks, image and world coordinates, no pixels', () => {
    const f = skeleton.frames.find((fr) => fr.quality.subjectFound)!;
    expect(skeleton.format).toBe('gaitlens.skeleton/1');
    expect(skeleton.landmarkNames).toHaveLength(33);
    expect(f.image).toHaveLength(33);
    expect(f.world).toHaveLength(33);
    expect(JSON.stringify(skeleton)).not.toMatch(/data:image|data:video|blob:/);
  });

  it('made no request outside the app origin', () => {
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.foreignRequests()).toEqual([]);
  });
});
