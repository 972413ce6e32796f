import { isOurKey, STORAGE_PREFIX, usableStorage } from './storage-backend.ts';

// Finds and removes everything this app keeps in the browser. Only our own keys and
// databases are touched: the app may share its origin with other pages on some hosts.

/** Databases used by features, for browsers without indexedDB.databases() (older Firefox). */
export const KNOWN_DATABASES: readonly string[] = [`${STORAGE_PREFIX}.therapist`];

export function ourKeys(storage: Storage | null): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && isOurKey(key)) keys.push(key);
  }
  return keys;
}

export function clearOurKeys(storage: Storage | null): void {
  for (const key of ourKeys(storage)) storage?.removeItem(key);
}

function indexedDb(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    return null;
  }
}

export async function ourDatabaseNames(): Promise<string[]> {
  const factory = indexedDb();
  if (!factory) return [];
  if (typeof factory.databases !== 'function') return [...KNOWN_DATABASES];
  try {
    const all = await factory.databases();
    return all.map((db) => db.name ?? '').filter((name) => name.startsWith(STORAGE_PREFIX));
  } catch {
    return [...KNOWN_DATABASES];
  }
}

/** Resolves true once deleted. An open connection elsewhere can hold it up: we wait a little. */
function deleteDatabase(factory: IDBFactory, name: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    try {
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => finish(true);
      request.onerror = () => finish(false);
    } catch {
      finish(false);
    }
  });
}

/** Deletes every database of ours; returns the names that could not be deleted. */
export async function deleteOurDatabases(waitMs = 3000): Promise<string[]> {
  const factory = indexedDb();
  if (!factory) return [];
  const names = await ourDatabaseNames();
  const results = await Promise.all(names.map((name) => deleteDatabase(factory, name, waitMs)));
  return names.filter((_, i) => !results[i]);
}

/** What of ours is still in this browser: empty after "delete everything". */
export async function findLeftovers(): Promise<string[]> {
  const leftovers = [
    ...ourKeys(usableStorage('session')).map((key) => `sessionStorage:${key}`),
    ...ourKeys(usableStorage('local')).map((key) => `localStorage:${key}`),
  ];
  const factory = indexedDb();
  if (factory && typeof factory.databases === 'function') {
    leftovers.push(...(await ourDatabaseNames()).map((name) => `indexedDB:${name}`));
  }
  return leftovers;
}
