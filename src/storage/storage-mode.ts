import { clearViewMark, opensAtStart } from './exit-mark.ts';
import { lockedBackend } from './locked-backend.ts';
import type { SealedState, StateLock } from './sealed-state.ts';
import {
  localBackend,
  memoryBackend,
  sessionBackend,
  SETTINGS_KEY,
  STATE_KEY,
  usableStorage,
  type StorageBackend,
} from './storage-backend.ts';
import { DAY_MS, deviceSettings, FORGET_DAYS_DEFAULT } from './storage-settings.ts';
import {
  anythingKept,
  readDeviceSettings,
  readNoSaveMarker,
  readSealedState,
  storedReadersInstalled,
} from './stored-readers.ts';

export type StorageStatus =
  | { mode: 'session' }
  | { mode: 'none' }
  | { mode: 'device'; forgetAfterDays: number; expiresAt: number; locked: boolean };

/** Something about storage the person should hear about when the app opens. */
export type StorageNotice =
  | { kind: 'forgotten'; days: number }
  | { kind: 'locked-unreadable' }
  /** Something is kept, but the code that reads it did not load: it is left as it was. */
  | { kind: 'not-opened' }
  | { kind: 'settings-reset'; days: number };

export interface ModeBackend extends StorageBackend {
  flush(): Promise<void>;
}

export interface BootResult {
  status: StorageStatus;
  backend: ModeBackend;
  /** Answers locked with a passphrase, waiting for it. */
  pendingUnlock: SealedState | null;
  notice: StorageNotice | null;
}

const done = () => Promise.resolve();

function plain(backend: StorageBackend): ModeBackend {
  return { ...backend, flush: done };
}

let expiryListener: ((expiresAt: number) => void) | null = null;

/** Lets the settings store show the new "forgotten on" date after each save. */
export function onExpiryRefresh(listener: ((expiresAt: number) => void) | null): void {
  expiryListener = listener;
}

/**
 * "Save on this device": each save moves the forget date to N days from now, so answers
 * are forgotten N days after the person last used the app.
 */
export function deviceBackend(
  forgetAfterDays: number,
  lock: StateLock | null,
  plaintext: string | null,
  now: () => number = Date.now,
): ModeBackend | null {
  const storage = usableStorage('local');
  const base = localBackend();
  if (!storage || !base) return null;
  const inner: ModeBackend = lock ? lockedBackend(lock, plaintext, storage) : plain(base);
  return {
    read: inner.read,
    clear: inner.clear,
    flush: inner.flush,
    write(value) {
      inner.write(value);
      const settings = deviceSettings(forgetAfterDays, lock !== null, now());
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      expiryListener?.(settings.expiresAt);
    },
  };
}

export function modeBackend(mode: 'session' | 'none'): ModeBackend {
  return plain(mode === 'session' ? sessionBackend() : memoryBackend());
}

function removeDeviceCopy(storage: Storage): void {
  storage.removeItem(STATE_KEY);
  storage.removeItem(SETTINGS_KEY);
}

function tabBoot(notice: StorageNotice | null): BootResult {
  const session = usableStorage('session');
  const marker = readNoSaveMarker(session?.getItem(SETTINGS_KEY) ?? null);
  if (marker.ok) {
    return { status: { mode: 'none' }, backend: modeBackend('none'), pendingUnlock: null, notice };
  }
  if (!marker.ok && marker.problem === 'unreadable') session?.removeItem(SETTINGS_KEY);
  return {
    status: { mode: 'session' },
    backend: modeBackend('session'),
    pendingUnlock: null,
    notice,
  };
}

/**
 * Works out, when the app opens, where the answers are kept. Device settings win, since they
 * are the person's explicit choice. Never throws: damage falls back to "this tab only".
 */
export function detectStorage(now: number = Date.now()): BootResult {
  const local = usableStorage('local');
  const rawSettings = local?.getItem(SETTINGS_KEY) ?? null;
  const rawState = local?.getItem(STATE_KEY) ?? null;
  if (!local || (rawSettings === null && rawState === null)) return tabBoot(null);

  const parsed = readDeviceSettings(rawSettings);
  let notice: StorageNotice | null = null;
  let days = FORGET_DAYS_DEFAULT;
  let expiresAt = now + days * DAY_MS;
  if (parsed.ok) {
    days = parsed.settings.forgetAfterDays;
    expiresAt = parsed.settings.expiresAt;
    if (expiresAt <= now) {
      removeDeviceCopy(local);
      return tabBoot({ kind: 'forgotten', days });
    }
  } else if (rawState !== null) {
    // The answers are here but we cannot tell when to forget them: keep them, and say so.
    notice = { kind: 'settings-reset', days };
    local.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(days, false, now)));
  } else {
    local.removeItem(SETTINGS_KEY);
    return tabBoot(null);
  }

  const sealed = readSealedState(rawState);
  const lockLost = parsed.ok && parsed.settings.locked && !sealed.ok;
  if (lockLost || (!sealed.ok && sealed.problem === 'damaged')) {
    // Locked answers that can never be opened again: remove them rather than keep a puzzle.
    removeDeviceCopy(local);
    return tabBoot({ kind: 'locked-unreadable' });
  }
  const locked = sealed.ok;
  const status: StorageStatus = { mode: 'device', forgetAfterDays: days, expiresAt, locked };
  const backend = locked ? modeBackend('none') : deviceBackend(days, null, null);
  if (!backend) return tabBoot(null);
  return { status, backend, pendingUnlock: sealed.ok ? sealed.sealed : null, notice };
}

/** Answers saved on this device, kept closed after a quick exit until the person asks. */
export interface HeldAnswers {
  backend: ModeBackend;
  pendingUnlock: SealedState | null;
}

export interface AppBoot extends BootResult {
  held: HeldAnswers | null;
}

/**
 * After a quick exit (exit-mark.ts), the saved answers are set aside: the app opens with
 * nothing in memory and nothing written, until "Continue where you left off". A mark with no
 * saved answers to guard is removed.
 */
export function holdAfterExit(result: BootResult, local: Storage | null): AppBoot {
  if (!opensAtStart(local)) return { ...result, held: null };
  if (result.status.mode !== 'device') {
    // Only once the saved copy is really gone: if the device copy could not be read this
    // time, the mark stays for the next visit.
    if (local?.getItem(STATE_KEY) == null) clearViewMark(local);
    return { ...result, held: null };
  }
  const held = { backend: result.backend, pendingUnlock: result.pendingUnlock };
  return { ...result, backend: modeBackend('none'), pendingUnlock: null, held };
}

let boot: AppBoot | null = null;

/** The storage found when the app opened, worked out once. */
export function bootStorage(): AppBoot {
  // Something is stored but its readers did not load (stored-readers.ts): leave it all alone.
  const readersMissing = !storedReadersInstalled() && anythingKept();
  boot ??= readersMissing
    ? untouchedBoot({ kind: 'not-opened' })
    : holdAfterExit(safeDetect(), usableStorage('local'));
  return boot;
}

/** Opens with nothing read and nothing written, so what is stored stays for the next visit. */
function untouchedBoot(notice: StorageNotice | null = null): AppBoot {
  return {
    status: { mode: 'session' },
    backend: modeBackend('none'),
    pendingUnlock: null,
    notice,
    held: null,
  };
}

function safeDetect(): BootResult {
  try {
    return detectStorage();
  } catch {
    return untouchedBoot();
  }
}
