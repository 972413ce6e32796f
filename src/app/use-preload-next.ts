import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { preloadPageFor } from './pages.ts';

const firstInput = ['pointerdown', 'keydown'] as const;
// A page that is only being read fetches ahead after this long, once the browser is idle: a
// page whose one action is a single press (the check page's Continue) gives no input before it.
export const READING_MS = 500;

/**
 * Fetches the next page's code while the person reads this one, and builds it once out of
 * sight (fetch-ahead.ts), so Continue does not wait for it. It starts on idle once they use
 * the page (a tap, a click or a key), or a moment after it shows, whichever comes first.
 * Never during the first render, which it would slow.
 */
export function usePreloadNext(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const leaving = new AbortController();
    // A failed fetch is left for the page itself to retry, with its error if it must.
    const preload = () =>
      void import('./fetch-ahead.ts')
        .then(({ fetchAhead }) => fetchAhead(pathname, leaving.signal, preloadPageFor))
        .catch(() => undefined);
    let cancel = () => {};
    const stop = () => firstInput.forEach((type) => window.removeEventListener(type, start, true));
    let started = false;
    function start() {
      if (started) return;
      started = true;
      stop();
      // Safari has no requestIdleCallback: a timeout does the same there.
      if (typeof requestIdleCallback === 'function') {
        // A short timeout: a page being read is mostly idle, and some browsers (headless Chromium
        // among them) hardly ever report idle time while a page is open.
        const id = requestIdleCallback(preload, { timeout: 300 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(preload, 0);
        cancel = () => clearTimeout(id);
      }
    }
    firstInput.forEach((type) => window.addEventListener(type, start, true));
    const reading = setTimeout(start, READING_MS);
    return () => {
      clearTimeout(reading);
      stop();
      cancel();
      leaving.abort();
    };
  }, [pathname]);
}
