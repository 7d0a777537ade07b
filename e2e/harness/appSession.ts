import type {} from '../../src/ui/automationTypes';
/**
 * One e2e session: the built app served on 127.0.0.1, real Chromium, and a record of every
 * request made by the page, its workers and its service worker, to prove nothing leaves the origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../cli/browser/launchChromium';
import { startServer } from '../../scripts/serve.mjs';

/** A running app with a browser page on it. */
export interface AppSession {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request URL seen, from any page, worker or service worker. */
  requests: string[];
  /** Requests to another origin (must stay empty). */
  foreignRequests: () => string[];
  close: () => Promise<void>;
}

/** Path of a shared data file, relative to the repo root. */
export const SHARED = '../shared/data';

/**
 * Serve the built app and open it in a fresh Chromium context.
 * @param options - extra Chromium flags and context options
 * @returns the session
 */
export async function openApp(
  options: { args?: string[]; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<AppSession> {
  const server = await startServer();
  const browser = await launchChromium(options.args ?? []);
  const context = await browser.newContext({ serviceWorkers: options.serviceWorkers ?? 'block' });
  const requests: string[] = [];
  const origin = new URL(server.url).origin;
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) => requests.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[page error] ${m.text()}`);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => 'gaitlens' in window);
  return {
    url: server.url,
    browser,
    context,
    page,
    requests,
    foreignRequests: () =>
      requests.filter((u) => {
        if (u.startsWith('blob:') || u.startsWith('data:')) return false;
        return new URL(u).origin !== origin;
      }),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Result of importing a file through the app's UI. */
export interface ImportOutcome {
  screen: string;
  problemCodes: string[];
}

/**
 * Choose a video file in the app and wait until the app shows the review or a problem.
 * @param page - the app page
 * @param file - path of the video file
 * @param timeoutMs - how long pose estimation may take
 * @returns the screen reached and any problem codes
 */
export async function importVideo(
  page: Page,
  file: string,
  timeoutMs = 180_000,
): Promise<ImportOutcome> {
  await page.getByTestId('video-file').setInputFiles(file);
  await page.waitForFunction(
    () => {
      const g = window.gaitlens;
      return g.screen() === 'review' || g.screen() === 'problem';
    },
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
  return page.evaluate(() => {
    const g = (window as unknown as { gaitlens: { screen(): string; problemCodes(): string[] } })
      .gaitlens;
    return { screen: g.screen(), problemCodes: g.problemCodes() };
  });
}
