import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

// Each bad recording gets a specific message and no half-made result (no review screen).
const CASES: { file: string; code: string; headline: RegExp }[] = [
  { file: 'not-a-video.mp4', code: 'not-a-video', headline: /not a video/i },
  { file: 'truncated.mp4', code: 'corrupted-video', headline: /damaged or incomplete/i },
  { file: 'no-person-3.6s.mp4', code: 'no-person', headline: /no person/i },
  { file: 'too-short-1s.mp4', code: 'too-short', headline: /too short/i },
  {
    file: 'feet-cut-off.mp4',
    code: 'lower-body-out-of-view',
    headline: /feet are not in the picture/i,
  },
  { file: 'too-dark.mp4', code: 'too-dark', headline: /too dark/i },
];

describe('bad video files get a specific message and no result', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(CASES)('importVideo($file) shows "$code"', async ({ file, code, headline }) => {
    await app.page.goto(app.url);
    const outcome = await importVideo(app.page, `${SHARED}/video/bad/${file}`);
    expect(outcome.screen).toBe('problem');
    expect(outcome.problemCodes[0]).toBe(code);
    await expect(app.page.getByTestId('problem').locator('h2').textContent()).resolves.toMatch(
      headline,
    );
    expect(await app.page.evaluate(() => window.gaitlens.skeleton())).toBeNull();
  });

  it('made no request outside the app origin', () => {
    expect(app.foreignRequests()).toEqual([]);
  });
});
