import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Frame } from './app/frame.tsx';
import { startLocale } from './content/start-locale.ts';
import './app/styles.css';

// The routes, stores and schemas are one chunk. Fetching starts as this script runs, not after
// a first render, and the page renders once they are here: a page that first shows a fallback
// is held back by React for 300 ms before its content may replace it.
const routesLoading = import('./app/routes.tsx');

// Only if that first fetch failed (a dropped connection): try again, with the frame showing.
const RetryRoutes = lazy(() =>
  import('./app/routes.tsx').then((module) => ({ default: module.AppRoutes })),
);

function render(container: HTMLElement, AppRoutes: ComponentType) {
  createRoot(container).render(
    <StrictMode>
      {/* Works under a sub-path too (BASE_PATH at build time). */}
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
        <Frame>
          <Suspense fallback={<div className="page" />}>
            <AppRoutes />
          </Suspense>
        </Frame>
      </BrowserRouter>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  const routes = routesLoading.then((module) => module.AppRoutes).catch(() => RetryRoutes);
  // English resolves at once; another locale's words load first, so no page mixes languages.
  void Promise.all([startLocale(), routes]).then(([locale, AppRoutes]) => {
    // Screen readers pick their voice from this, so it follows the locale the app chose.
    document.documentElement.lang = locale;
    render(container, AppRoutes);
  });
}
