import { keyIdOf, type RecipientKeys } from '../lib/hybrid-crypto.ts';

// The therapist's key pairs, kept in this browser's IndexedDB (CryptoKey objects are stored
// as they are). Every key ever made is kept, newest last, so a summary sealed for an older link
// still opens. Deleting this browser's data deletes the keys: hence the backup key file.

export interface StoredKey extends RecipientKeys {
  kid: string;
  /** ISO date and time the key was made. */
  created: string;
}

/** Where keys live. IndexedDB in the browser; tests plug in memory. */
export interface KeyVault {
  list(): Promise<StoredKey[]>;
  put(key: StoredKey): Promise<void>;
  clear(): Promise<void>;
}

export const KEY_DB_NAME = 'consult-prep.therapist';
const STORE = 'keys';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(KEY_DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) {
      req.result.createObjectStore(STORE, { keyPath: 'kid' });
    }
  };
  return request(req);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

export function indexedDbVault(): KeyVault {
  return {
    list: async () => {
      const all = (await withStore('readonly', (store) => store.getAll())) as StoredKey[];
      return all.sort((a, b) => a.created.localeCompare(b.created));
    },
    put: async (key) => {
      await withStore('readwrite', (store) => store.put(key));
    },
    clear: async () => {
      await withStore('readwrite', (store) => store.clear());
    },
  };
}

export function memoryVault(): KeyVault {
  let keys: StoredKey[] = [];
  return {
    list: async () => [...keys],
    put: async (key) => {
      keys = [...keys.filter((k) => k.kid !== key.kid), key];
    },
    clear: async () => {
      keys = [];
    },
  };
}

let vault: KeyVault | null = null;
const currentVault = () => (vault ??= indexedDbVault());

export function setKeyVault(next: KeyVault): void {
  vault = next;
}

/** Every key in this browser, oldest first. An unavailable database reads as no keys. */
export async function listTherapistKeys(): Promise<StoredKey[]> {
  try {
    return await currentVault().list();
  } catch {
    return [];
  }
}

export async function latestTherapistKey(): Promise<StoredKey | null> {
  return (await listTherapistKeys()).at(-1) ?? null;
}

/** Keeps a key pair. Returns null when this browser will not store it (some private modes). */
export async function saveTherapistKey(keys: RecipientKeys): Promise<StoredKey | null> {
  const stored: StoredKey = {
    ...keys,
    kid: await keyIdOf(keys.publicJwk),
    created: new Date().toISOString(),
  };
  try {
    await currentVault().put(stored);
    return stored;
  } catch {
    return null;
  }
}

export async function deleteTherapistKeys(): Promise<void> {
  try {
    await currentVault().clear();
  } catch {
    // Nothing to delete.
  }
}
