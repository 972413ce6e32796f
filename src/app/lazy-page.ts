import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A page whose code loads on demand, and which can be asked to load before it is shown. */
export interface LazyPage<Props extends object> {
  (props: Props): ReactElement;
  /** Fetches the page's code; once done, the page renders at once, without suspending. */
  preload(): Promise<void>;
}

/**
 * Like React.lazy, with a preload. Why: React holds content that replaces a Suspense fallback
 * until 300 ms after the fallback showed, so a page that suspends, even for a moment, costs
 * that wait. A page preloaded before it renders never suspends. A failed fetch is tried again
 * the next time the page renders or is preloaded (a retry after a dropped connection).
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPage<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<void> | null = null;
  const preload = (): Promise<void> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = null;
        fallback = suspending();
        throw error;
      },
    );
    return loading;
  };
  const suspending = () =>
    lazy(async () => {
      await preload();
      return { default: loaded! };
    });
  let fallback = suspending();
  const Page = (props: Props): ReactElement => createElement(loaded ?? fallback, props);
  return Object.assign(Page, { preload });
}
