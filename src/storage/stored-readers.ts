import type { ViewMark } from './exit-mark.ts';
import type { LoadResult } from './persisted-state.ts';
import type { SealedParse } from './sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY, VIEW_KEY } from './storage-backend.ts';
import type { DeviceSettings, SettingsResult } from './storage-settings.ts';

// The readers of stored state check it with zod. Most visits have nothing stored, and then the
// start page need not wait for zod at all: main.tsx loads the readers before the app's code
// runs only when something of ours is in storage. With nothing stored, each reader below
// answers "nothing here" on its own.

export interface StoredReaders {
  storedState(raw: string | null): LoadResult;
  deviceSettings(raw: string | null): SettingsResult<DeviceSettings>;
  noSaveMarker(raw: string | null): SettingsResult<{ mode: 'none' }>;
  sealedState(raw: string | null): SealedParse;
  viewMark(raw: string | null): ViewMark;
}

let readers: StoredReaders | null = null;

export function installStoredReaders(next: StoredReaders): void {
  readers = next;
}

export function storedReadersInstalled(): boolean {
  return readers !== null;
}

/** True when web storage holds anything the app reads as it opens. Never throws. */
export function anythingKept(): boolean {
  const holds = (getStorage: () => Storage, keys: string[]) => {
    try {
      const storage = getStorage();
      return keys.some((key) => storage.getItem(key) !== null);
    } catch {
      return false;
    }
  };
  return (
    holds(() => localStorage, [STATE_KEY, SETTINGS_KEY, VIEW_KEY]) ||
    holds(() => sessionStorage, [STATE_KEY, SETTINGS_KEY])
  );
}

/**
 * Loads the readers when something is stored, trying twice. If they still cannot load, the app
 * opens as if fresh and writes nothing (storage-mode.ts), so what is stored stays for a reload.
 */
export async function loadStoredReadersIfKept(): Promise<void> {
  if (readers || !anythingKept()) return;
  for (let attempt = 0; attempt < 2 && !readers; attempt += 1) {
    try {
      await import('./install-stored-readers.ts');
    } catch {
      // A failed fetch: try once more, then open without them.
    }
  }
}

function reader<K extends keyof StoredReaders>(name: K): StoredReaders[K] {
  if (!readers) throw new Error(`Stored state is here but its reader (${name}) is not`);
  return readers[name];
}

export function readStoredState(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { state: null, notice: null };
  return reader('storedState')(raw);
}

export function readDeviceSettings(raw: string | null): SettingsResult<DeviceSettings> {
  if (raw === null) return { ok: false, problem: 'missing' };
  return reader('deviceSettings')(raw);
}

export function readNoSaveMarker(raw: string | null): SettingsResult<{ mode: 'none' }> {
  if (raw === null) return { ok: false, problem: 'missing' };
  return reader('noSaveMarker')(raw);
}

export function readSealedState(raw: string | null): SealedParse {
  if (raw === null) return { ok: false, problem: 'not-sealed' };
  return reader('sealedState')(raw);
}

/** Without its reader, a mark still counts, as a damaged one does: the answers stay closed. */
export function readViewMark(raw: string | null): ViewMark {
  if (raw === null) return 'none';
  return readers ? readers.viewMark(raw) : 'damaged';
}
