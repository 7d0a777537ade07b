import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

describe('offline PWA: after one online visit the import → skeleton flow works with no network', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('installs a service worker that precaches app, WASM and models', async () => {
    const cached = await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
      return urls;
    });
    expect(cached.some((u) => u.includes('pose_landmarker_lite.task'))).toBe(true);
    expect(cached.some((u) => u.includes('vision_wasm_module_internal.wasm'))).toBe(true);
    const manifest = await app.page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null;
      return link ? (await fetch(link.href)).json() : null;
    });
    expect(manifest?.icons?.length).toBeGreaterThan(0);
    expect(manifest?.display).toBe('standalone');
  });

  it('reloads and imports a video with the network off', async () => {
    await app.page.reload();
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await app.context.setOffline(true);
    await app.page.reload();
    await app.page.waitForFunction(() => 'gaitlens' in window);
    const outcome = await importVideo(app.page, `${SHARED}/video/sports2d-demo-3s-640.mp4`);
    expect(outcome).toEqual({ screen: 'review', problemCodes: [] });
    const skeleton = await app.page.evaluate(() => window.gaitlens.skeleton()!);
    const tracked = skeleton.frames.filter((f) => f.quality.subjectFound).length;
    // In clip frames 0–13 the walker stands by the tree, where no pose pipeline finds her.
    expect(tracked / skeleton.frames.length).toBeGreaterThan(0.8);
  });

  it('made no request outside the app origin (page, workers, service worker)', () => {
    expect(app.foreignRequests()).toEqual([]);
  });
});
