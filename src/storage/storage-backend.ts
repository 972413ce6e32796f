/** Where the saved state lives. One small seam, so the storage modes can plug in. */
export interface StorageBackend {
  read(): string | null;
  write(value: string): void;
  clear(): void;
}

/** Every key and database name of ours starts with this, so "delete everything" can find them. */
export const STORAGE_PREFIX = 'consult-prep';
export const STATE_KEY = 'consult-prep.state';
/** How answers are kept (the storage mode). Holds no answers. */
export const SETTINGS_KEY = 'consult-prep.settings';
/** How the app opens after a quick exit (exit-mark.ts). Holds no answers. */
export const VIEW_KEY = 'consult-prep.view';

export function isOurKey(key: string): boolean {
  return key.startsWith(STORAGE_PREFIX);
}

function webStorage(getStorage: () => Storage): StorageBackend {
  return {
    read: () => getStorage().getItem(STATE_KEY),
    write: (value) => getStorage().setItem(STATE_KEY, value),
    clear: () => getStorage().removeItem(STATE_KEY),
  };
}

export function memoryBackend(): StorageBackend {
  let stored: string | null = null;
  return {
    read: () => stored,
    write: (value) => {
      stored = value;
    },
    clear: () => {
      stored = null;
    },
  };
}

/** The storage, or null where the browser blocks it (some private modes, strict settings). */
export function usableStorage(kind: 'session' | 'local'): Storage | null {
  try {
    const storage = kind === 'session' ? sessionStorage : localStorage;
    const probe = `${STORAGE_PREFIX}.probe`;
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** This tab only: closing the tab forgets the answers. Falls back to memory where blocked. */
export function sessionBackend(): StorageBackend {
  return usableStorage('session') ? webStorage(() => sessionStorage) : memoryBackend();
}

/** Saved on this device until deleted or forgotten. Null where the browser blocks it. */
export function localBackend(): StorageBackend | null {
  return usableStorage('local') ? webStorage(() => localStorage) : null;
}
