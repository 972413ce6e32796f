import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';

// Only people who locked their answers see this, so it loads on demand (the layout's Suspense).
const UnlockScreen = lazy(() =>
  import('./unlock-screen.tsx').then((module) => ({ default: module.UnlockScreen })),
);

/**
 * Pages that show nothing of anyone's answers, so they open as usual after a quick exit: the
 * start page itself, help, the safety and privacy pages, and "Delete everything".
 */
export const OPEN_WHILE_HELD: ReadonlySet<string> = new Set([
  '/',
  '/help',
  '/staying-safe',
  '/privacy',
  '/delete',
  // A therapist's link shows only what the link itself carries; its "Start" leads here.
  '/from',
]);

/**
 * No page shows, and no answer is read, until locked answers are opened or forgotten. After a
 * quick exit, every other page leads to the start page, where the answers wait behind
 * "Continue where you left off".
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const locked = useStorageSettings((state) => state.pendingUnlock !== null);
  const held = useStorageSettings((state) => state.held);
  const { pathname } = useLocation();
  if (held) {
    const path = pathname.replace(/\/+$/, '').toLowerCase() || '/';
    return OPEN_WHILE_HELD.has(path) ? children : <Navigate to="/" replace />;
  }
  return locked ? <UnlockScreen /> : children;
}
