import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ExitButton } from '../features/privacy/exit-button.tsx';
import { StorageGate } from '../features/privacy/storage-gate.tsx';
import { StorageNotice } from '../features/privacy/storage-notice.tsx';
import { LoadNoticeBanner } from './load-notice-banner.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { RouteError } from './route-error.tsx';
import { SessionNoticeBanner } from './session-notice-banner.tsx';

/** The part of the page frame that needs the stores: exit button, notices, and the page itself. */
export function Layout() {
  const location = useLocation();
  return (
    <>
      <ExitButton />
      <div className="page">
        <StorageNotice />
        <LoadNoticeBanner />
        <SessionNoticeBanner />
        <main id="main-content" tabIndex={-1}>
          {/* A new page gets a fresh boundary, so an error never follows the person around. */}
          <RouteErrorBoundary
            key={location.pathname}
            fallback={(retry) => <RouteError retry={retry} />}
          >
            <Suspense fallback={null}>
              <StorageGate>
                <Outlet />
              </StorageGate>
            </Suspense>
          </RouteErrorBoundary>
        </main>
      </div>
    </>
  );
}
