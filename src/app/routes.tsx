import type { RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Paths are neutral on purpose: browser history on a shared computer must not reveal
// what this app is about. Pages load on demand to keep the first load small.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./start-route.tsx')).StartRoute }),
          },
          {
            path: 'prepare/check',
            lazy: async () => ({ Component: (await import('./check-route.tsx')).CheckRoute }),
          },
          {
            path: 'prepare/summary',
            lazy: async () => ({ Component: (await import('./summary-route.tsx')).SummaryRoute }),
          },
          {
            path: 'prepare/adults-only',
            lazy: async () => ({
              Component: (await import('../features/intake/under-18-page.tsx')).UnderEighteenPage,
            }),
          },
          {
            path: 'prepare/:position',
            lazy: async () => ({ Component: (await import('./step-route.tsx')).StepRoute }),
          },
          {
            path: 'help',
            lazy: async () => ({ Component: (await import('./help-route.tsx')).HelpRoute }),
          },
          {
            path: 'delete',
            lazy: async () => ({
              Component: (await import('../features/privacy/delete-page.tsx')).DeletePage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
