import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

describe('report view on the demo video: grounding, key frames, language model, print', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    const outcome = await importVideo(app.page, `${SHARED}/video/sports2d-demo.mp4`);
    expect(outcome).toEqual({ screen: 'review', problemCodes: [] });
    await app.page.getByTestId('analyse').click();
    await app.page.getByTestId('to-report').click({ timeout: 60_000 });
    await app.page.getByTestId('report').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the template report with every numeric claim supported (grounding 100 %)', async () => {
    const page = app.page;
    expect(await page.getByTestId('report').getAttribute('data-source')).toBe('template');
    const score = await page.getByTestId('grounding-score').innerText();
    const marks = page.locator('[data-testid="report-text"] mark');
    const n = await marks.count();
    console.log(`report: ${score.trim()} (${n} highlighted claims)`);
    expect(n).toBeGreaterThan(10);
    expect(score).toContain('100 %');
    expect(score).toContain(`${n}/${n}`);
    expect(
      await page.locator('[data-testid="report-text"] mark[data-status="supported"]').count(),
    ).toBe(n);
    expect(await marks.first().getAttribute('title')).toMatch(/token \S+ = /);
    expect(await page.getByTestId('claim-legend').locator('li').count()).toBe(4);
    expect(await page.getByTestId('tokens-text').textContent()).toMatch(/^# gaitlens\.tokens\/1/);
    expect(await page.getByTestId('report-disclaimer').innerText()).toContain(
      'not a diagnostic device',
    );
  });

  it('draws the key frames from the video with the skeleton on canvases', async () => {
    const page = app.page;
    const canvases = page.getByTestId('key-frame-canvas');
    const n = await canvases.count();
    expect(n).toBeGreaterThanOrEqual(3);
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[data-testid="key-frame-canvas"][data-drawn="video"]').length ===
        count,
      n,
      { timeout: 30_000 },
    );
    // A drawn video frame has many distinct colours; a blank canvas has one.
    const colours = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="key-frame-canvas"]')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 97)
        seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return seen.size;
    });
    console.log(`key frames: ${n} canvases, ${colours} distinct colours sampled on the first`);
    expect(colours).toBeGreaterThan(50);
  });

  it('explains that the language model needs WebGPU and keeps the opt-in disabled', async () => {
    const page = app.page;
    const panel = page.getByTestId('llm-panel');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="llm-panel"]')?.getAttribute('data-state') !==
        'checking',
    );
    expect(await panel.getAttribute('data-state')).toBe('unavailable');
    const code = await page.getByTestId('llm-unavailable').getAttribute('data-code');
    expect(['llm-no-adapter', 'llm-no-webgpu', 'llm-fallback-adapter']).toContain(code);
    expect(await page.getByTestId('llm-unavailable').innerText()).toMatch(/template report/);
    expect(await page.getByTestId('llm-write').isDisabled()).toBe(true);
    expect(await page.getByTestId('llm-folder').isDisabled()).toBe(true);
    // Nothing of the model runtime was loaded.
    expect(app.requests.filter((u) => /llm\.worker|\/lib-[\w-]+\.js/.test(u))).toEqual([]);
  });

  it('prints without buttons or the language-model panel but with tables and key frames', async () => {
    const page = app.page;
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print').isVisible()).toBe(false);
    expect(await page.getByTestId('llm-panel').isVisible()).toBe(false);
    expect(await page.getByTestId('tokens-table').isVisible()).toBe(true);
    expect(await page.getByTestId('key-frame-canvas').first().isVisible()).toBe(true);
    expect(await page.getByTestId('report-text').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('print').isVisible()).toBe(true);
  });

  it('made no request outside the app origin', () => {
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.foreignRequests()).toEqual([]);
  });
});
