import { startTransition, useLayoutEffect, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';

/** Whether the code of the page at a path (relative to the app's base) has arrived. */
export type PageReady = (pathname: string) => boolean;

interface AppRouterProps {
  basename: string;
  pageReady: PageReady;
  children: ReactNode;
}

/** A browser path as the routes see it, without the app's base (a sub-path deploy). */
export function withinBase(pathname: string, basename: string): string {
  if (basename === '/' || !pathname.startsWith(basename)) return pathname;
  return pathname.slice(basename.length) || '/';
}

/**
 * react-router's BrowserRouter, with one change: how each move to a new page renders. When
 * the new page's code is already here, as it is on Continue (the next page is fetched ahead),
 * React renders it at once, in one go. When it still has to come, the move is a transition,
 * so the page before stays on screen meanwhile, rather than a blank. BrowserRouter makes every
 * move a transition, which React builds in 5 ms slices with frames between them: on a slow
 * phone that doubled the time from Continue to the next heading.
 */
export function AppRouter({ basename, pageReady, children }: AppRouterProps) {
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen((update) => {
        const next = { action: update.action, location: update.location };
        if (pageReady(withinBase(update.location.pathname, basename))) setState(next);
        else startTransition(() => setState(next));
      }),
    [history, basename, pageReady],
  );
  return (
    <Router
      basename={basename}
      location={state.location}
      navigationType={state.action}
      navigator={history}
    >
      {children}
    </Router>
  );
}
