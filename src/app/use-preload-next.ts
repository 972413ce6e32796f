import { useEffect } from 'react';
import { nextPages, pageLoaders } from './page-loaders.ts';

/**
 * Fetches the next page's code once the browser is idle, while the person reads this one. A
 * failed fetch is ignored here: the page's own lazy load tries again and shows its error then.
 */
export function usePreloadNext(pathname: string) {
  useEffect(() => {
    const names = nextPages(pathname);
    if (names.length === 0) return;
    const run = () => {
      for (const name of names) pageLoaders[name]().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 1500 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(run, 300);
    return () => clearTimeout(timer);
  }, [pathname]);
}
