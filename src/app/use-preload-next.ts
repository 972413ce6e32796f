import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { likelyNextPath, preloadPageFor } from './pages.ts';

const firstInput = ['pointerdown', 'keydown'] as const;

/**
 * Fetches the next page's code once the person starts using this one (a tap, a click or a
 * key), when the browser is idle, so Continue does not wait for it. Not on load: a page that
 * is only being read, or measured, does no extra work.
 */
export function usePreloadNext(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const next = likelyNextPath(pathname);
    if (!next) return;
    // A failed fetch is left for the page itself to retry, with its error if it must.
    const preload = () => void preloadPageFor(next).catch(() => undefined);
    let cancel = () => {};
    const stop = () => firstInput.forEach((type) => window.removeEventListener(type, start, true));
    function start() {
      stop();
      // Safari has no requestIdleCallback: a timeout does the same there.
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(preload, { timeout: 1000 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(preload, 0);
        cancel = () => clearTimeout(id);
      }
    }
    firstInput.forEach((type) => window.addEventListener(type, start, true));
    return () => {
      stop();
      cancel();
    };
  }, [pathname]);
}
