import type { ReactElement } from 'react';
import { stepIds } from '../questionnaire/steps.ts';
import { warmPage } from './warm-page.tsx';

/** The page a route shows at a path once its checks pass, for warm-page.tsx to build ahead. */
type PageAhead = (pathname: string) => ReactElement | null;

/** Where the journey usually goes from `pathname`, the likeliest first. */
export function likelyNextPaths(pathname: string): string[] {
  const path = pathname.replace(/\/+$/, '').toLowerCase() || '/';
  if (path === '/' || path === '/continue' || path === '/from') return ['/prepare/1'];
  const step = /^\/prepare\/(\d+)$/.exec(path);
  if (step) {
    const position = Number(step[1]);
    // A step changed from the check page goes back there, so its code comes too.
    return position < stepIds.length
      ? [`/prepare/${position + 1}`, '/prepare/check']
      : ['/prepare/check'];
  }
  if (path === '/prepare/check') return ['/prepare/summary'];
  return [];
}

// The pages worth building ahead: the journey's own, where Continue is pressed most. Matched
// by hand rather than with react-router's matchPath: any import of react-router from this lazy
// chunk made the bundler move React out of the first script into a chunk of its own (0.6 kB
// more before Start works). For the same reason the page fetcher comes as an argument.
const pagesAhead: [path: RegExp, load: () => Promise<PageAhead>][] = [
  [/^\/prepare\/check$/, () => import('./check-route.tsx').then((m) => m.checkPageAhead)],
  [/^\/prepare\/summary$/, () => import('./summary-route.tsx').then((m) => m.summaryPageAhead)],
  [/^\/prepare\/\d+$/, () => import('./step-route.tsx').then((m) => m.stepPageAhead)],
];

/**
 * Fetches the code of the pages likely to come next, then builds the likeliest once, out of
 * sight, so that Continue only has the page itself to build. Stops when `signal` aborts (the
 * person has moved on). A fetch that fails is left for the page itself to retry.
 */
export async function fetchAhead(
  pathname: string,
  signal: AbortSignal,
  preloadPageFor: (pathname: string) => Promise<void>,
): Promise<void> {
  const [likeliest, ...others] = likelyNextPaths(pathname);
  if (!likeliest) return;
  await Promise.all([likeliest, ...others].map((path) => preloadPageFor(path)));
  const load = pagesAhead.find(([path]) => path.test(likeliest))?.[1];
  if (!load || signal.aborted) return;
  const page = (await load())(likeliest);
  if (page && !signal.aborted) warmPage(page);
}
