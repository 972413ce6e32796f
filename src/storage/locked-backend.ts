import { sealText, type StateLock } from './sealed-state.ts';
import { STATE_KEY, type StorageBackend } from './storage-backend.ts';

export interface LockedBackend extends StorageBackend {
  /** Resolves when every save so far is encrypted and written. */
  flush(): Promise<void>;
}

/**
 * Keeps the plain state in memory and an encrypted copy in localStorage. Saving is
 * asynchronous (WebCrypto), so saves queue up; a later save or a clear wins over an
 * earlier one still being encrypted, so a deleted answer never comes back.
 */
export function lockedBackend(
  lock: StateLock,
  plaintext: string | null,
  storage: Storage = localStorage,
): LockedBackend {
  let plain = plaintext;
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();

  const save = (value: string) => {
    generation += 1;
    const mine = generation;
    queue = queue
      .then(async () => {
        if (mine !== generation) return;
        const sealed = await sealText(value, lock);
        if (mine === generation) storage.setItem(STATE_KEY, sealed);
      })
      .catch(() => {
        // Storage full or blocked: the answers stay in memory for this visit.
      });
  };

  return {
    read: () => plain,
    write(value) {
      plain = value;
      save(value);
    },
    // An empty sealed state stays behind, so the lock itself is kept: the next visit still
    // asks for the passphrase, and the person's choice to lock is not silently undone.
    clear() {
      plain = null;
      save('');
    },
    flush: () => queue,
  };
}
