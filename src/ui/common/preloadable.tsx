import { lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the component: at once once loaded, else suspending until it is. */
  View: ComponentType<P>;
  /** Starts loading it (again after a failure); resolves when it is in. */
  preload(): Promise<void>;
}

/**
 * A component in its own chunk that renders at once once its chunk is in. React.lazy alone
 * suspends on its first render even when the chunk was fetched long before, and the retry
 * after that renders interruptibly: a view of 2,000 rows, restarted by every update that
 * arrived meanwhile, could stay on its fallback for seconds. Loaded ahead (preload), this one
 * renders in the same turn as the click that shows it, as a bundled component does.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchIt = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => fetchIt().then((component) => ({ default: component })));
  function View(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { View, preload: () => fetchIt().then(() => undefined) };
}
