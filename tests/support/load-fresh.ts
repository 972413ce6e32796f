import { vi } from 'vitest';

/** The storage modules as a new visit sees them: booted again from what is in storage now. */
export async function loadFresh() {
  vi.resetModules();
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
