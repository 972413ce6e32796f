import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { appCopy } from '../content/en/app.ts';
import { ExitButton } from '../features/privacy/exit-button.tsx';
import { StorageGate } from '../features/privacy/storage-gate.tsx';
import { StorageNotice } from '../features/privacy/storage-notice.tsx';
import { LoadNoticeBanner } from './load-notice-banner.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { RouteError } from './route-error.tsx';

export function Layout() {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {appCopy.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to="/">
            {appCopy.serviceName}
          </Link>
          <nav className="site-header__actions" aria-label="Help">
            <Link className="help-link" to="/help">
              {appCopy.needHelpNow}
            </Link>
          </nav>
        </div>
      </header>
      <ExitButton />
      <div className="page">
        <StorageNotice />
        <LoadNoticeBanner />
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
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{appCopy.footerNote}</p>
          <nav aria-label={appCopy.footerNav}>
            <ul className="footer-links">
              <li>
                <Link to="/privacy">{appCopy.footerLinks.privacy}</Link>
              </li>
              <li>
                <Link to="/staying-safe">{appCopy.footerLinks.stayingSafe}</Link>
              </li>
              <li>
                <Link to="/delete">{appCopy.footerLinks.deleteAnswers}</Link>
              </li>
              <li>
                <Link to="/for-therapists">{appCopy.footerLinks.forTherapists}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}
