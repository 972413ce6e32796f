import { vi } from 'vitest';

/**
 * Forgets every module, as a new visit does, and installs the stored-state readers again, as
 * main.tsx does when something is stored (stored-readers.ts).
 */
export async function resetModulesAsNewVisit(): Promise<void> {
  vi.resetModules();
  await import('../../src/storage/install-stored-readers.ts');
}

/** The storage modules as a new visit sees them: booted again from what is in storage now. */
export async function loadFresh() {
  await resetModulesAsNewVisit();
  const answersStore = await import('../../src/storage/answers-store.ts');
  const settingsStore = await import('../../src/storage/storage-settings-store.ts');
  const deletion = await import('../../src/storage/delete-everything.ts');
  const wipeRegistry = await import('../../src/storage/wipe-registry.ts');
  return { ...answersStore, ...settingsStore, ...deletion, ...wipeRegistry };
}

/** Everything in both web storages, for asserting where answers are and are not. */
export function allWebStorage(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => {
      const key = storage.key(i)!;
      return `${key}=${storage.getItem(key)}`;
    }).join('\n');
  return `${dump(sessionStorage)}\n${dump(localStorage)}`;
}
