/** Where the saved state lives. One small seam, so other storage modes can plug in. */
export interface StorageBackend {
  read(): string | null;
  write(value: string): void;
  clear(): void;
}

export const STATE_KEY = 'consult-prep.state';

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

/** This tab only: closing the tab forgets the answers. Falls back to memory where blocked. */
export function sessionBackend(): StorageBackend {
  try {
    const probe = '__consult-prep-probe__';
    sessionStorage.setItem(probe, probe);
    sessionStorage.removeItem(probe);
    return webStorage(() => sessionStorage);
  } catch {
    return memoryBackend();
  }
}
