/**
 * A read-only window hook for automation (the `gaitlens pose` CLI and end-to-end tests drive the
 * real app in Chromium and read results here). It exposes skeleton data only, never pixels.
 */
import type { AutomationHook } from './automationTypes';
import type { Screen } from './session';

let current: Screen = { name: 'home' };

/**
 * Publish the app's current screen to the automation hook.
 * @param screen - the screen now shown
 */
export function publishScreen(screen: Screen): void {
  current = screen;
}

/** Install `window.gaitlens` (idempotent). */
export function installAutomationHook(): void {
  const hook: AutomationHook = {
    screen: () => current.name,
    problemCodes: () => (current.name === 'problem' ? current.codes : []),
    skeleton: () => (current.name === 'review' ? current.run.choice.skeleton : null),
    quality: () => (current.name === 'review' ? current.run.choice.quality : null),
    candidates: () =>
      current.name === 'review'
        ? {
            tracks: current.run.choice.tracks,
            trackId: current.run.choice.trackId,
            scores: current.run.choice.scores,
            processingS: current.run.processingS,
            decoder: current.run.decoder,
          }
        : null,
    progress: () =>
      current.name === 'processing' ? { done: current.done, total: current.total } : null,
    analysis: () =>
      current.name === 'results' || current.name === 'report' ? current.rec.analysis : null,
    recomputing: () => current.name === 'results' && current.recomputing === true,
    measurements: () =>
      current.name === 'results' || current.name === 'report'
        ? current.rec.analysis.measurements
        : null,
    sessionId: () =>
      current.name === 'results' || current.name === 'report'
        ? (current.rec.sessionId ?? null)
        : null,
  };
  window.gaitlens = hook;
}
