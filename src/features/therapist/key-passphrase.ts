// Passphrases for the therapist's key: the backup file's, and the lock on this browser's keys.
// A backup file can be copied and guessed at for years, and it opens every client's summary,
// so the floor is higher than for a person's own answers (8). The hint is by length only: a
// few words are both easy to remember and slow to guess at 600,000 PBKDF2 rounds per try.

export const KEY_PASSPHRASE_MIN = 12;
/** Long enough to call good: about four short words. */
export const KEY_PASSPHRASE_GOOD = 20;

export type PassphraseStrength = 'empty' | 'too-short' | 'fair' | 'good';

const length = (text: string) => [...text].length;
const words = (text: string) => text.split(/[\s\-_.,]+/).filter((word) => word.length > 1).length;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.trim() === '') return 'empty';
  if (length(passphrase) < KEY_PASSPHRASE_MIN) return 'too-short';
  return length(passphrase) >= KEY_PASSPHRASE_GOOD || words(passphrase) >= 4 ? 'good' : 'fair';
}

export interface NewPassphraseProblems {
  passphrase?: 'empty' | 'too-short';
  confirm?: 'empty' | 'different';
}

/** What is wrong with a new passphrase and its confirmation; empty when both are fine. */
export function newPassphraseProblems(passphrase: string, confirm: string): NewPassphraseProblems {
  const strength = passphraseStrength(passphrase);
  if (strength === 'empty' || strength === 'too-short') return { passphrase: strength };
  if (confirm === '') return { confirm: 'empty' };
  return confirm === passphrase ? {} : { confirm: 'different' };
}
