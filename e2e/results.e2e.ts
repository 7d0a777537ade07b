import type {} from '../src/ui/automationTypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVideo, openApp, SHARED, type AppSession } from './harness/appSession';

/** Wait until the results screen is shown and not recomputing. */
async function settled(app: AppSession): Promise<void> {
  await app.page.waitForFunction(
    () => window.gaitlens.screen() === 'results' && !window.gaitlens.recomputing(),
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await app.page.waitForSelector('[data-testid="results"]');
}

describe('results page on the demo walk: table, plots, patient norms, event editor', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    const outcome = await importVideo(app.page, `${SHARED}/video/sports2d-demo.mp4`);
    expect(outcome).toEqual({ screen: 'review', problemCodes: [] });
    const t0 = Date.now();
    await app.page.getByTestId('analyse').click();
    await app.page.waitForSelector('[data-testid="results"]', { timeout: 60_000 });
    await settled(app);
    console.log(`demo: analyse → results page in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows cadence with a value and a quality note', async () => {
    const row = app.page.getByTestId('param-cadenceStepsPerMin');
    const text = await row.innerText();
    expect(text).toContain('Cadence (steps/min)');
    const p = await app.page.evaluate(() =>
      window.gaitlens
        .analysis()!
        .measurements.parameters.find((q) => q.key === 'cadenceStepsPerMin')!,
    );
    const shown = [p.all, p.left, p.right].filter((s) => s && s.mean !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(text).toContain(s!.mean!.toFixed(1));
    // Every value carries its grade or the reason it was refused.
    expect(text).toMatch(/Quality [ABC] ·|not measured: |interpret with caution/);
    console.log(`demo cadence row: ${text.replace(/\s+/g, ' ')}`);
    // The event times' filter-bias correction is shown with the numbers the analysis applied.
    const timing = await app.page.getByTestId('timing-correction').innerText();
    const c = await app.page.evaluate(
      () => window.gaitlens.analysis()!.measurements.timingCorrectionS,
    );
    expect(timing).toMatch(/^corrected for the low-pass filter’s bias: heel strike L /);
    const lhs = c!['left|heel-strike'];
    if (lhs !== 0)
      expect(timing).toContain(`L ${lhs > 0 ? '+' : '−'}${Math.abs(1000 * lhs).toFixed(0)}`);
  });

  it('draws the hip, knee and ankle angle plots (uPlot canvases)', async () => {
    const k = await app.page.evaluate(() => window.gaitlens.analysis()!.kinematics.curves);
    const withCurve = (['hip', 'knee', 'ankle'] as const).filter((j) => k[j].left || k[j].right);
    expect(withCurve.length).toBeGreaterThan(0);
    for (const j of withCurve) {
      expect(await app.page.locator(`[data-testid="plot-${j}"] canvas`).count()).toBeGreaterThan(0);
    }
    expect(await app.page.getByTestId('curve-norm-knee').innerText()).toMatch(
      /No norm: age unknown/,
    );
  });

  it('shows a norm reference after entering age 30, sex f, height 165 cm', async () => {
    expect(await app.page.locator('[data-testid="param-table"] .ref').count()).toBe(0);
    await app.page.getByTestId('patient-age').fill('30');
    await app.page.getByTestId('patient-sex').selectOption('f');
    await app.page.getByTestId('patient-height').fill('165');
    await app.page.getByTestId('patient-apply').click();
    await app.page.waitForFunction(
      () => window.gaitlens.analysis()?.patient.ageYears === 30,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await settled(app);
    const refs = await app.page.locator('[data-testid="param-table"] .ref').allInnerTexts();
    expect(refs.length).toBeGreaterThan(0);
    expect(refs[0]).toMatch(/Fukuchi|Kasovic|Schwartz/);
    expect(await app.page.getByTestId('curve-norm-knee').innerText()).toMatch(/^Norm: Fukuchi/);
    console.log(`demo norms: ${refs.length} table cells name a reference, e.g. ${refs[0]}`);
  });

  it('deleting one event in the editor recomputes with one event fewer', async () => {
    const before = await app.page.evaluate(() => window.gaitlens.analysis()!.measurements.events);
    const i = before.reduce((b, e, k) => (e.confidenceFrac > before[b]!.confidenceFrac ? k : b), 0);
    await app.page.getByTestId(`marker-${i}`).click();
    await app.page.getByTestId('event-delete').click();
    await app.page.waitForFunction(
      (n) => window.gaitlens.analysis()?.measurements.events.length === n,
      before.length - 1,
      { timeout: 60_000 },
    );
    await settled(app);
    const rows = await app.page.locator('[data-testid="event-list"] tbody tr').count();
    expect(rows).toBe(before.length - 1);
    expect(await app.page.getByTestId('edits-list').innerText()).toMatch(/^Deleted (left|right)/);
    // The patient survived the recompute.
    expect(await app.page.evaluate(() => window.gaitlens.analysis()!.patient.ageYears)).toBe(30);
    // Undo brings the event back.
    await app.page.getByTestId('edit-undo').click();
    await app.page.waitForFunction(
      (n) => window.gaitlens.analysis()?.measurements.events.length === n,
      before.length,
      { timeout: 60_000 },
    );
  });

  it('made no request outside the app origin', () => {
    expect(app.foreignRequests()).toEqual([]);
  });
});
