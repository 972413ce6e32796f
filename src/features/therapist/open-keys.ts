import type { RecipientKeys } from '../../lib/hybrid-crypto.ts';
import {
  listTherapistKeys,
  unlockTherapistKey,
  usableTherapistKeys,
} from '../../storage/therapist-key-store.ts';
import type { BackupKey } from './backup-form.tsx';
import { readKeyBackup, type KeyFileError } from './key-backup.ts';

// Which key opens a summary: one kept in this browser (unlocked with its passphrase when it
// is locked), or the backup key file given with it. Each way it can fail has its own kind.

export type KeyProblem =
  | { kind: 'no-key' | 'no-matching-key'; kid: string }
  | { kind: 'other-key-file'; kid: string; fileKid: string }
  | { kind: 'store-locked' | 'store-wrong-passphrase' }
  | { kind: KeyFileError };

export interface KeyInputs {
  /** The passphrase for the keys locked in this browser, or ''. */
  storePassphrase: string;
  /** The backup key file's text, or null when none was chosen. */
  keyFileText: string | null;
  filePassphrase: string;
}

export type KeyFound =
  | {
      ok: true;
      key: RecipientKeys;
      /** A version 1 (unprotected) backup file opened it: the page advises a new one. */
      unprotectedFile: BackupKey | null;
    }
  | { ok: false; problem: KeyProblem };

/** Finds the key for a summary sealed for `kid`. Never throws. */
export async function keyForSummary(kid: string, inputs: KeyInputs): Promise<KeyFound> {
  const fail = (problem: KeyProblem): KeyFound => ({ ok: false, problem });
  const usableHere = async () => (await usableTherapistKeys()).find((key) => key.kid === kid);
  const here = await usableHere();
  if (here) return { ok: true, key: here, unprotectedFile: null };

  const stored = await listTherapistKeys();
  let storeProblem: KeyProblem | null = null;
  if (stored.some((key) => key.kid === kid)) {
    // Kept here but not usable: it is locked.
    if (inputs.storePassphrase === '') storeProblem = { kind: 'store-locked' };
    else if ((await unlockTherapistKey(kid, inputs.storePassphrase)) === 'unlocked') {
      const unlocked = await usableHere();
      if (unlocked) return { ok: true, key: unlocked, unprotectedFile: null };
    } else storeProblem = { kind: 'store-wrong-passphrase' };
  }

  if (inputs.keyFileText !== null) {
    const backup = await readKeyBackup(inputs.keyFileText, inputs.filePassphrase);
    if (!backup.ok) return fail({ kind: backup.error });
    if (backup.kid !== kid) return fail({ kind: 'other-key-file', kid, fileKid: backup.kid });
    const unprotectedFile = backup.protected
      ? null
      : { ...backup.keys, kid: backup.kid, created: backup.created };
    return { ok: true, key: backup.keys, unprotectedFile };
  }
  if (storeProblem) return fail(storeProblem);
  return fail({ kind: stored.length === 0 ? 'no-key' : 'no-matching-key', kid });
}
