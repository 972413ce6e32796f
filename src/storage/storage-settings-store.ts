import { create } from 'zustand';
import {
  freshState,
  reloadFromBackend,
  setStorageBackend,
  useAnswersStore,
} from './answers-store.ts';
import { clearViewMark } from './exit-mark.ts';
import { moveLanguage } from './language-choice.ts';
import { createLock, openSealedState, type SealedState, type StateLock } from './sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY, usableStorage } from './storage-backend.ts';
import {
  bootStorage,
  deviceBackend,
  modeBackend,
  onExpiryRefresh,
  type HeldAnswers,
  type ModeBackend,
  type StorageNotice,
  type StorageStatus,
} from './storage-mode.ts';
import { DAY_MS, serializeNoSaveMarker } from './storage-settings.ts';

export type StorageChoice =
  | { mode: 'session' }
  | { mode: 'none' }
  | {
      mode: 'device';
      forgetAfterDays: number;
      /** 'keep' keeps the passphrase already set; a new passphrase replaces it. */
      lock: 'none' | 'keep' | { passphrase: string };
    };

export type ApplyResult = { ok: true } | { ok: false; problem: 'device-unavailable' };
export type UnlockResult = { ok: true } | { ok: false; problem: 'wrong-passphrase' };

interface StorageSettingsState {
  status: StorageStatus;
  pendingUnlock: SealedState | null;
  notice: StorageNotice | null;
  /** After a quick exit: saved answers stay closed until "Continue where you left off". */
  held: boolean;
}

interface StorageSettingsActions {
  applyChoice(choice: StorageChoice): Promise<ApplyResult>;
  unlock(passphrase: string): Promise<UnlockResult>;
  /** From the unlock screen: the passphrase is lost, so the locked answers go. */
  forgetLocked(): void;
  dismissNotice(): void;
  /** "Continue where you left off": opens the held answers, or asks for the passphrase. */
  openHeld(): void;
}

const boot = bootStorage();
// The live backend and the key stay here, in memory, never in the store's visible state.
let current: ModeBackend = boot.backend;
let currentLock: StateLock | null = null;
let heldAnswers: HeldAnswers | null = boot.held;

export function currentModeBackend(): ModeBackend {
  return current;
}

function switchTo(backend: ModeBackend): void {
  current = backend;
  setStorageBackend(backend);
}

/** Removes saved answers everywhere except the new home, once the new copy is written. */
function tidyOtherPlaces(mode: StorageStatus['mode']): void {
  moveLanguage(mode);
  const session = usableStorage('session');
  const local = usableStorage('local');
  if (mode !== 'device') {
    local?.removeItem(STATE_KEY);
    local?.removeItem(SETTINGS_KEY);
  }
  if (mode !== 'session') session?.removeItem(STATE_KEY);
  if (mode === 'none') session?.setItem(SETTINGS_KEY, serializeNoSaveMarker());
  else session?.removeItem(SETTINGS_KEY);
}

export const useStorageSettings = create<StorageSettingsState & StorageSettingsActions>()(
  (set, get) => ({
    status: boot.status,
    pendingUnlock: boot.pendingUnlock,
    notice: boot.notice,
    held: heldAnswers !== null,

    applyChoice: async (choice) => {
      const previous = current;
      if (choice.mode !== 'device') {
        switchTo(modeBackend(choice.mode));
        currentLock = null;
        await previous.flush();
        tidyOtherPlaces(choice.mode);
        set({ status: { mode: choice.mode } });
        return { ok: true };
      }
      let lock: StateLock | null = null;
      if (choice.lock === 'keep') lock = currentLock;
      else if (choice.lock !== 'none') lock = await createLock(choice.lock.passphrase);
      const backend = deviceBackend(choice.forgetAfterDays, lock, null);
      if (!backend) return { ok: false, problem: 'device-unavailable' };
      await previous.flush();
      switchTo(backend);
      // With no answers yet there is nothing to save, but the lock or the forget date must
      // still be written down, so the next visit honours this choice.
      if (!useAnswersStore.getState().ageConfirmed) backend.write('');
      await backend.flush();
      currentLock = lock;
      tidyOtherPlaces('device');
      set({
        status: {
          mode: 'device',
          forgetAfterDays: choice.forgetAfterDays,
          expiresAt: Date.now() + choice.forgetAfterDays * DAY_MS,
          locked: lock !== null,
        },
      });
      return { ok: true };
    },

    unlock: async (passphrase) => {
      const { pendingUnlock, status } = get();
      if (!pendingUnlock || status.mode !== 'device') return { ok: true };
      const opened = await openSealedState(pendingUnlock, passphrase);
      if (!opened.ok) return opened;
      const backend = deviceBackend(status.forgetAfterDays, opened.lock, opened.text);
      if (!backend) return { ok: true };
      currentLock = opened.lock;
      switchTo(backend);
      reloadFromBackend();
      set({ pendingUnlock: null });
      return { ok: true };
    },

    forgetLocked: () => {
      const local = usableStorage('local');
      local?.removeItem(STATE_KEY);
      local?.removeItem(SETTINGS_KEY);
      currentLock = null;
      switchTo(modeBackend('session'));
      useAnswersStore.setState(freshState());
      set({ status: { mode: 'session' }, pendingUnlock: null });
    },

    dismissNotice: () => set({ notice: null }),

    openHeld: () => {
      const held = heldAnswers;
      heldAnswers = null;
      clearViewMark(usableStorage('local'));
      if (!held) return;
      if (held.pendingUnlock) {
        // The unlock screen takes over until the passphrase opens them.
        set({ held: false, pendingUnlock: held.pendingUnlock });
        return;
      }
      switchTo(held.backend);
      reloadFromBackend();
      set({ held: false });
    },
  }),
);

onExpiryRefresh((expiresAt) => {
  const { status } = useStorageSettings.getState();
  if (status.mode === 'device') useStorageSettings.setState({ status: { ...status, expiresAt } });
});

/**
 * Forgets the answers in memory and drops the key, at once. Storage is left alone: the quick
 * exit and "delete everything" decide what to clear. Returns the backend that was in use, so
 * a caller can wait for its last encrypted save before clearing.
 */
export function forgetInMemory(): ModeBackend {
  const previous = current;
  currentLock = null;
  switchTo(modeBackend('none'));
  useAnswersStore.setState(freshState());
  return previous;
}

/** Back to the default, "this tab only", after everything was deleted. */
export function resetStorageSettings(): void {
  currentLock = null;
  heldAnswers = null;
  switchTo(modeBackend('session'));
  useStorageSettings.setState({
    status: { mode: 'session' },
    pendingUnlock: null,
    notice: null,
    held: false,
  });
}
