import type { ReactNode } from 'react';
import { useStorageSettings } from '../../storage/storage-settings-store.ts';
import { UnlockScreen } from './unlock-screen.tsx';

/** No page shows, and no answer is read, until locked answers are opened or forgotten. */
export function StorageGate({ children }: { children: ReactNode }) {
  const locked = useStorageSettings((state) => state.pendingUnlock !== null);
  return locked ? <UnlockScreen /> : children;
}
