import { lazy, type ReactNode } from 'react';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';

// Only people who locked their answers see this, so it loads on demand (the layout's Suspense).
const UnlockScreen = lazy(() =>
  import('./unlock-screen.tsx').then((module) => ({ default: module.UnlockScreen })),
);

/** No page shows, and no answer is read, until locked answers are opened or forgotten. */
export function StorageGate({ children }: { children: ReactNode }) {
  const locked = useStorageSettings((state) => state.pendingUnlock !== null);
  return locked ? <UnlockScreen /> : children;
}
