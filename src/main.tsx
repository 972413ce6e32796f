import {
  startTransition,
  StrictMode,
  Suspense,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter, withinBase, type PageReady } from './app/app-router.tsx';
import { Frame } from './app/frame.tsx';
import { lazyPage } from './app/lazy-page.ts';
import { activeLocale, onLocaleChange } from './content/locale.ts';
import { startLocale } from './content/start-locale.ts';
import { loadStoredReadersIfKept } from './storage/stored-readers.ts';
import './app/styles.css';

// Works under a sub-path too (BASE_PATH at build time).
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

// The routes, stores and schemas come as one chunk, with the code of the page at this address.
// The page hints at both (vite.config.ts), so they download beside this script; the app renders
// once, when they are here, so the first page paints whole and the Start button works as soon
// as it shows.
const AppRoutes = lazyPage(() => import('./app/routes.tsx').then((m) => m.AppRoutes));
// Until the route table is here, every move waits for its page as a transition.
let pageReady: PageReady = () => false;
const pageReadyNow: PageReady = (pathname) => pageReady(pathname);
async function loadPages(): Promise<void> {
  // The stores read what is kept as their code runs, so the readers come first; on a first
  // visit there is nothing to read and nothing to wait for.
  await loadStoredReadersIfKept();
  await AppRoutes.preload();
  const { pageReadyFor, preloadNoticesIfAny, preloadPageFor } = await import('./app/routes.tsx');
  pageReady = pageReadyFor;
  await Promise.all([
    preloadPageFor(withinBase(location.pathname, basename)),
    preloadNoticesIfAny(),
  ]);
}

/**
 * The whole app, built afresh when the language changes, so every page speaks the new one at
 * once. Only the words change: React keeps each page's state, half-typed answers included.
 */
function App({ Routes }: { Routes: ComponentType }) {
  useSyncExternalStore(onLocaleChange, activeLocale);
  return (
    <AppRouter basename={basename} pageReady={pageReadyNow}>
      <Frame>
        {/* Only if the routes' code failed to arrive: they try again, with the frame shown. */}
        <Suspense fallback={<div className="page" />}>
          <Routes />
        </Suspense>
      </Frame>
    </AppRouter>
  );
}

function render(container: HTMLElement, Routes: ComponentType) {
  const root = createRoot(container);
  // As a transition, React renders the page in small slices, so a slow phone's main thread is
  // never blocked for long while it builds (one long task would hold up a tap meanwhile).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App Routes={Routes} />
      </StrictMode>,
    ),
  );
}

// Screen readers pick their voice from this, so it follows the locale the app speaks.
const followLanguage = () => {
  document.documentElement.lang = activeLocale();
};

const container = document.getElementById('root');
if (container) {
  // English resolves at once; another locale's words load beside the pages' code, and both are
  // here before the first render, so no page mixes languages. A failed fetch of the pages renders
  // anyway: they suspend, try again, and show the error page in the frame.
  const pages = loadPages().catch(() => undefined);
  void Promise.all([startLocale(), pages]).then(() => {
    followLanguage();
    onLocaleChange(followLanguage);
    render(container, AppRoutes);
  });
}
