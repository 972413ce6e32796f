import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ExitButton } from '../features/privacy/exit-button.tsx';
import { StorageGate } from '../features/privacy/storage-gate.tsx';
import { StorageNotice } from '../features/privacy/storage-notice.tsx';
import { NoticeBanners } from './notice-banners.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { RouteError } from './route-error.tsx';
import { usePreloadNext } from './use-preload-next.ts';

/** The part of the page frame that needs the stores: exit button, notices, and the page itself. */
export function Layout() {
  const location = useLocation();
  usePreloadNext();
  return (
    <>
      <ExitButton />
      <div className="page">
        <StorageNotice />
        <NoticeBanners />
        <main id="main-content" tabIndex={-1}>
          {/* Outside the per-page boundary, so that while a new page's code loads, the page
              before it stays (a transition) instead of a blank that React holds for 300 ms. */}
          <Suspense fallback={null}>
            {/* A new page gets a fresh boundary, so an error never follows the person around. */}
            <RouteErrorBoundary
              key={location.pathname}
              fallback={(retry) => <RouteError retry={retry} />}
            >
              <StorageGate>
                <Outlet />
              </StorageGate>
            </RouteErrorBoundary>
          </Suspense>
        </main>
      </div>
    </>
  );
}
