import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { messageFor } from './messages';

/**
 * A view loaded on first use, so its code (and heavy libraries such as uPlot, idb or the export
 * writers) stays out of the first-load bundle. The chunk is also fetched once the first screen is
 * idle, so the view opens at once and works offline.
 * @param load - dynamic import of the view component
 * @param name - short name for test ids (`<name>-loading`, `<name>-failed`)
 * @returns a component with the same props
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  name: string,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (view) => (loaded = view),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  };
  setTimeout(() => void get().catch(() => undefined), 2000);

  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      let live = true;
      get().then(
        (view) => live && setView(() => view),
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
        <section class="card problem" data-testid={`${name}-failed`}>
          <h2>{msg.title}</h2>
          <p>{msg.detail}</p>
          <p class="action">{msg.action}</p>
        </section>
      );
    }
    if (!View) {
      return (
        <section class="card" data-testid={`${name}-loading`}>
          <p>Loading…</p>
        </section>
      );
    }
    return <View {...props} />;
  };
}
