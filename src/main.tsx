import {
  startTransition,
  StrictMode,
  Suspense,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Frame } from './app/frame.tsx';
import { lazyPage } from './app/lazy-page.ts';
import { activeLocale, onLocaleChange } from './content/locale.ts';
import { startLocale } from './content/start-locale.ts';
import './app/styles.css';

// Works under a sub-path too (BASE_PATH at build time).
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

// The routes, stores and schemas come as one chunk, with the code of the page at this address.
// Fetching starts once the frame has painted, so the first paint waits on nothing.
const AppRoutes = lazyPage(() => import('./app/routes.tsx').then((m) => m.AppRoutes));
async function loadPages(): Promise<void> {
  await AppRoutes.preload();
  const { preloadPageFor } = await import('./app/routes.tsx');
  await preloadPageFor(location.pathname.slice(basename === '/' ? 0 : basename.length) || '/');
}

/**
 * The pages, once their code is here. Until then an empty page holds their place: not a
 * Suspense fallback, which React would keep showing for at least 300 ms.
 */
function Pages() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A failed fetch shows the pages anyway: they suspend, try again, and show the error page.
    const show = () => startTransition(() => setReady(true));
    void loadPages().then(show, show);
  }, []);
  return ready ? <AppRoutes /> : <div className="page" />;
}

/**
 * The whole app, built afresh when the language changes, so every page speaks the new one at
 * once. Only the words change: React keeps each page's state, half-typed answers included.
 */
function App({ Routes }: { Routes: ComponentType }) {
  useSyncExternalStore(onLocaleChange, activeLocale);
  return (
    <BrowserRouter basename={basename}>
      <Frame>
        {/* Only if the routes' code failed to arrive: they try again, with the frame shown. */}
        <Suspense fallback={<div className="page" />}>
          <Routes />
        </Suspense>
      </Frame>
    </BrowserRouter>
  );
}

function render(container: HTMLElement, Routes: ComponentType) {
  const root = createRoot(container);
  // As a transition, React renders each page in small slices, so a slow phone's main thread is
  // never blocked for long while the page builds.
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
  // English resolves at once; another locale's words load first, so no page mixes languages.
  void startLocale().then(() => {
    followLanguage();
    onLocaleChange(followLanguage);
    render(container, Pages);
  });
}
