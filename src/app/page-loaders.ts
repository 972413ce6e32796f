// The journey's pages, each as a function that fetches its code. The routes render them lazily,
// and the page before each one fetches it early (use-preload-next.ts), so pressing Continue or
// Start never waits on the network.
export const pageLoaders = {
  step: () => import('./step-route.tsx'),
  check: () => import('./check-route.tsx'),
  summary: () => import('./summary-route.tsx'),
};

export type PageName = keyof typeof pageLoaders;

/** The pages a person is likely to open next from `pathname`, whose code is worth fetching. */
export function nextPages(pathname: string): PageName[] {
  const path = pathname.replace(/\/+$/, '').toLowerCase() || '/';
  if (path === '/' || path === '/from' || path === '/continue') return ['step'];
  if (/^\/prepare\/\d+$/.test(path)) return ['check'];
  if (path === '/prepare/check') return ['summary'];
  return [];
}
