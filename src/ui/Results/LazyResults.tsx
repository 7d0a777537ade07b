import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { messageFor } from '../messages';
import type { ResultsProps } from './Results';

let loaded: ComponentType<ResultsProps> | null = null;
let loading: Promise<ComponentType<ResultsProps>> | null = null;

/** Load the results chunk once (kept for later; a failed load may be retried). */
function load(): Promise<ComponentType<ResultsProps>> {
  loading ??= import('./Results').then(
    (m) => (loaded = m.Results),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

// Fetch the chunk once the first screen is idle, so results open at once and offline.
setTimeout(() => void load().catch(() => undefined), 2000);

/**
 * The results page, loaded on first use so that uPlot and the results views stay out of the
 * first-load bundle.
 * @param props - the results page's props
 */
export function LazyResults(props: ResultsProps) {
  const [View, setView] = useState<ComponentType<ResultsProps> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (View) return;
    let live = true;
    load().then(
      (view) => {
        if (live) setView(() => view);
      },
      (e: unknown) => {
        console.error(e);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [View]);
  if (failed) {
    const msg = messageFor('unexpected');
    return (
      <section class="card problem" data-testid="results-failed">
        <h2>{msg.title}</h2>
        <p>{msg.detail}</p>
        <p class="action">{msg.action}</p>
      </section>
    );
  }
  if (!View) {
    return (
      <section class="card" data-testid="results-loading">
        <p>Loading the results…</p>
      </section>
    );
  }
  return <View {...props} />;
}
