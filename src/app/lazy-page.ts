import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A page whose code loads on demand, and which can be asked to load before it is shown. */
export interface LazyPage<Props extends object> {
  (props: Props): ReactElement;
  /** Fetches the page's code; once done, the page renders at once, without suspending. */
  preload(): Promise<void>;
  /** True once the page's code is here. */
  ready(): boolean;
}

// How many times a person has asked a failed page to try again (the error page's button).
let retries = 0;

/** Called by the error page's "Try again": pages whose code failed to load fetch it anew. */
export function retryFailedPages(): void {
  retries += 1;
}

/**
 * Like React.lazy, with a preload. Why: React holds content that replaces a Suspense fallback
 * until 300 ms after the fallback showed, so a page that suspends, even for a moment, costs
 * that wait. A page preloaded before it renders never suspends. A failed fetch shows the error
 * page, and is tried again when the person asks (React.lazy would keep the failure for good).
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPage<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<void> | null = null;
  // Set when the fetch failed: the `retries` count at that moment.
  let failedAt: number | null = null;
  const preload = (): Promise<void> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        loading = null;
        failedAt = retries;
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
  const Page = (props: Props): ReactElement => {
    if (!loaded && failedAt !== null && failedAt < retries) {
      // The person asked to try again: a fresh lazy fetches again (the failed one stays failed).
      failedAt = null;
      fallback = suspending();
    }
    return createElement(loaded ?? fallback, props);
  };
  return Object.assign(Page, { preload, ready: () => loaded !== null });
}
