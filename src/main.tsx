import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Frame } from './app/frame.tsx';
import { startLocale } from './content/start-locale.ts';
import './app/styles.css';

// The routes, stores and schemas load as one chunk, in parallel with the first page's own code.
const AppRoutes = lazy(() =>
  import('./app/routes.tsx').then((module) => ({ default: module.AppRoutes })),
);

function render(container: HTMLElement) {
  const root = createRoot(container);
  // As a transition, React renders the first page in small slices, so a slow phone's main
  // thread is never blocked for long while the page builds.
  startTransition(() =>
    root.render(
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
    ),
  );
}

const container = document.getElementById('root');
if (container) {
  // English resolves at once; another locale's words load first, so no page mixes languages.
  void startLocale().then((locale) => {
    // Screen readers pick their voice from this, so it follows the locale the app chose.
    document.documentElement.lang = locale;
    render(container);
  });
}
