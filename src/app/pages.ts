import { matchPath } from 'react-router';
import { couplePages } from './couple-routes.tsx';
import { warmFormatters } from '../content/format.ts';
import { lazyPage, type LazyPage } from './lazy-page.ts';

// The pages that load on demand, to keep the first load small (the start page comes with the
// route table).
export const StepRoute = lazyPage(() => import('./step-route.tsx').then((m) => m.StepRoute));
export const CheckRoute = lazyPage(() => import('./check-route.tsx').then((m) => m.CheckRoute));
// The summary is the first page to format lists and plurals: its formatters are built as its
// code arrives (fetched ahead from the check page), not on the press that opens it.
export const SummaryRoute = lazyPage(() =>
  import('./summary-route.tsx').then((m) => {
    warmFormatters();
    return m.SummaryRoute;
  }),
);
export const UnderEighteenPage = lazyPage(() =>
  import('../features/intake/under-18-page.tsx').then((m) => m.UnderEighteenPage),
);
export const HelpRoute = lazyPage(() => import('./help-route.tsx').then((m) => m.HelpRoute));
export const DeletePage = lazyPage(() =>
  import('../features/privacy/delete-page.tsx').then((m) => m.DeletePage),
);
export const LandingPage = lazyPage(() =>
  import('../features/therapist/landing-page.tsx').then((m) => m.LandingPage),
);
export const SendPage = lazyPage(() =>
  import('../features/therapist/send-page.tsx').then((m) => m.SendPage),
);
export const BuilderPage = lazyPage(() =>
  import('../features/therapist/builder-page.tsx').then((m) => m.BuilderPage),
);
export const OpenPage = lazyPage(() =>
  import('../features/therapist/open-page.tsx').then((m) => m.OpenPage),
);
export const PrivacyPage = lazyPage(() =>
  import('../features/privacy/privacy-page.tsx').then((m) => m.PrivacyPage),
);
export const StayingSafePage = lazyPage(() =>
  import('../features/privacy/staying-safe-page.tsx').then((m) => m.StayingSafePage),
);
// The notebook of free calls: its three pages come in one chunk, with the plan they read.
export const NotebookRoute = lazyPage(() =>
  import('./notebook-routes.tsx').then((m) => m.NotebookRoute),
);
export const NotebookEntryRoute = lazyPage(() =>
  import('./notebook-routes.tsx').then((m) => m.NotebookEntryRoute),
);
export const NotebookCompareRoute = lazyPage(() =>
  import('./notebook-routes.tsx').then((m) => m.NotebookCompareRoute),
);

// Every page above by the path it answers (the first match wins, as in the table below), so
// main.tsx can fetch the page for the address before the first render.
const lazyPages: [path: string, page: LazyPage<object>][] = [
  ['/prepare/check', CheckRoute],
  ['/prepare/summary', SummaryRoute],
  ['/prepare/adults-only', UnderEighteenPage],
  ['/prepare/send', SendPage],
  ['/prepare/:position', StepRoute],
  ['/from', LandingPage],
  ['/for-therapists', BuilderPage],
  ['/for-therapists/open', OpenPage],
  ['/help', HelpRoute],
  ['/delete', DeletePage],
  ['/privacy', PrivacyPage],
  ['/staying-safe', StayingSafePage],
  ['/notes', NotebookRoute],
  ['/notes/new', NotebookEntryRoute],
  ['/notes/compare', NotebookCompareRoute],
  ['/notes/:id', NotebookEntryRoute],
  ...couplePages,
];

const lazyPageAt = (pathname: string) => lazyPages.find(([path]) => matchPath(path, pathname))?.[1];

/** Fetches the code of the page at `pathname` (relative to the app's base), if it has any. */
export function preloadPageFor(pathname: string): Promise<void> {
  return lazyPageAt(pathname)?.preload() ?? Promise.resolve();
}

/** Whether the page at `pathname` can render at once: its code is here, or it has none of its own. */
export function pageReadyFor(pathname: string): boolean {
  return lazyPageAt(pathname)?.ready() ?? true;
}
