import { storageFormCopy as copy } from '../../content/privacy.ts';
import { PASSPHRASE_MIN, type StorageMode } from '../../storage/storage-settings.ts';
import type { StorageChoice } from '../../storage/storage-settings-store.ts';

/** What the storage form holds before it is saved. */
export interface StorageDraft {
  mode: StorageMode;
  days: string;
  lock: boolean;
  /** A new passphrase is asked for (not when the lock already on is kept). */
  needsPassphrase: boolean;
  passphrase: string;
  confirm: string;
}

export type DraftErrors = Partial<Record<'days' | 'passphrase' | 'confirm', string>>;

export function validateDraft(draft: StorageDraft): DraftErrors {
  if (draft.mode !== 'device') return {};
  const found: DraftErrors = {};
  const days = draft.days.trim();
  const n = Number(days);
  if (!/^\d+$/.test(days) || n < 1 || n > 365) found.days = copy.daysError;
  if (draft.needsPassphrase && draft.passphrase.length < PASSPHRASE_MIN)
    found.passphrase = copy.passphraseError;
  else if (draft.needsPassphrase && draft.confirm !== draft.passphrase)
    found.confirm = copy.confirmError;
  return found;
}

export function draftChoice(draft: StorageDraft): StorageChoice {
  if (draft.mode !== 'device') return { mode: draft.mode };
  const lock = !draft.lock
    ? 'none'
    : draft.needsPassphrase
      ? { passphrase: draft.passphrase }
      : 'keep';
  return { mode: draft.mode, forgetAfterDays: Number(draft.days.trim()), lock };
}
