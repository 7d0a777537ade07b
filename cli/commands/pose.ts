import type {} from '../../src/ui/automationTypes';
/**
 * `gaitlens pose <video> -o skeleton.json [--model lite|full]`: runs the built app's own pose
 * worker in headless Chromium (one pose implementation, not two) and writes the skeleton file.
 */
import { basename, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from '../browser/launchChromium';
import { messageFor } from '../../src/ui/messages';
import { appDistDir } from '../paths';
import { progressBar } from '../progressBar';
import { writeOutputFile } from '../writeOutputFile';

/** Options of the pose command. */
export interface PoseCommandOptions {
  video: string;
  out: string;
  model: 'lite' | 'full';
}

/**
 * Estimate the skeleton of the walking person in a video.
 * @param o - video path, output path, model
 * @returns process exit code (0 ok, 2 the video cannot be analysed)
 */
export async function runPoseCommand(o: PoseCommandOptions): Promise<number> {
  const server = await startServer({ root: appDistDir() });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'gaitlens' in window);
    await page.locator(`input[name="model"][value="${o.model}"]`).check();
    await page.getByTestId('video-file').setInputFiles(resolve(o.video));
    const started = Date.now();
    for (;;) {
      const state = await page.evaluate(() => {
        const g = window.gaitlens;
        return {
          screen: g.screen() as string,
          progress: g.progress() as { done: number; total: number } | null,
        };
      });
      if (state.screen === 'review' || state.screen === 'problem') break;
      if (state.progress)
        process.stderr.write(progressBar(basename(o.video), state.progress, Date.now() - started));
      await new Promise((r) => setTimeout(r, 200));
    }
    process.stderr.write('\n');
    const codes: string[] = await page.evaluate(() => window.gaitlens.problemCodes());
    if (codes.length) {
      const m = messageFor(codes[0]!);
      console.error(`${m.title}. ${m.detail} ${m.action} [${codes.join(', ')}]`);
      return 2;
    }
    const skeleton = await page.evaluate(() => window.gaitlens.skeleton()!);
    writeOutputFile(o.out, JSON.stringify(skeleton));
    const tracked = skeleton.frames.filter(
      (f: { quality: { subjectFound: boolean } }) => f.quality.subjectFound,
    ).length;
    console.error(`${o.out}: ${skeleton.frames.length} frames, subject tracked in ${tracked}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}
