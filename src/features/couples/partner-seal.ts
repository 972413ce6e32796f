import { bytesToBase64url, base64urlToBytes } from '../../lib/base64url.ts';
import {
  IV_BYTES,
  openWithPassphrase,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  sealWithPassphrase,
} from '../../lib/passphrase-crypto.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import {
  emptyBothItems,
  matchedItems,
  withMatched,
  type MatchSide,
} from '../../questionnaire/both-items.ts';
import {
  ifBothItems,
  shareableAnswers,
  type ShareableAnswers,
} from '../../questionnaire/privacy-marks.ts';
import {
  partnerRecordSchema,
  type LockedPartner,
  type PartnerRecord,
  type StoredPartner,
} from '../../storage/couple-store.ts';

// A partner's own view on a shared device, locked with a passcode they chose at the end of
// their turn. Everything of theirs is sealed (PBKDF2-SHA256 to AES-256-GCM, as locked storage
// and partner codes do); only their shareable answers stay readable, for the comparison.

/** Short on purpose (it is typed on a shared screen), but not empty. */
export const PASSCODE_MIN = 4;

export type PasscodeProblem = 'too-short' | 'confirm-missing' | 'different';

/** What is wrong with a new passcode, or null. Both empty means "no passcode", which is fine. */
export function passcodeProblems(
  passcode: string,
  confirm: string,
): { passcode?: PasscodeProblem; confirm?: PasscodeProblem } {
  if (passcode === '' && confirm === '') return {};
  if (passcode.length < PASSCODE_MIN) return { passcode: 'too-short' };
  if (confirm === '') return { confirm: 'confirm-missing' };
  return confirm === passcode ? {} : { confirm: 'different' };
}

export const isLocked = (record: StoredPartner): record is LockedPartner => 'sealed' in record;

/** What the comparison gets of a partner: the same whether or not they set a passcode. */
export function sharedPart(record: StoredPartner): ShareableAnswers {
  return isLocked(record) ? record.shared : shareableAnswers(record.answers, record.marks);
}

/** What the match on this device needs of a partner: the same with or without a passcode. */
export function matchSide(record: StoredPartner): MatchSide {
  return {
    shared: sharedPart(record),
    ifBoth: isLocked(record)
      ? (record.ifBoth ?? emptyBothItems())
      : ifBothItems(record.answers, record.marks),
  };
}

/**
 * Both partners' parts of the shared view on one device: what each shared, plus their
 * "only if we both" items that the other named too. Unmatched ones never leave here.
 */
export function sharedParts(a: StoredPartner, b: StoredPartner) {
  const sideA = matchSide(a);
  const sideB = matchSide(b);
  return {
    a: withMatched(sideA.shared, matchedItems(sideA, sideB)),
    b: withMatched(sideB.shared, matchedItems(sideB, sideA)),
  };
}

/**
 * The answers an unlocked own view is worked out from: the safety answer is set to the same
 * neutral value the comparison uses, so the view looks the same whatever was answered.
 */
export function withoutSafetyAnswer(answers: Answers): Answers {
  return { ...answers, feelsUnsafe: 'prefer-not-to-say' };
}

export async function lockPartner(
  record: PartnerRecord,
  passcode: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<LockedPartner> {
  const plain = new TextEncoder().encode(JSON.stringify(record));
  const sealed = await sealWithPassphrase(plain, passcode, iterations);
  return {
    shared: shareableAnswers(record.answers, record.marks),
    ifBoth: ifBothItems(record.answers, record.marks),
    sealed: {
      iterations: sealed.iterations,
      salt: bytesToBase64url(sealed.salt),
      iv: bytesToBase64url(sealed.iv),
      data: bytesToBase64url(sealed.ciphertext),
    },
  };
}

export type UnlockResult =
  { ok: true; record: PartnerRecord } | { ok: false; problem: 'wrong-passcode' | 'damaged' };

/** Never throws. AES-GCM cannot tell a wrong passcode from changed data: both fail alike. */
export async function unlockPartner(
  locked: LockedPartner,
  passcode: string,
): Promise<UnlockResult> {
  const salt = base64urlToBytes(locked.sealed.salt);
  const iv = base64urlToBytes(locked.sealed.iv);
  const ciphertext = base64urlToBytes(locked.sealed.data);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !ciphertext) {
    return { ok: false, problem: 'damaged' };
  }
  const { iterations } = locked.sealed;
  const plain = await openWithPassphrase({ salt, iv, ciphertext, iterations }, passcode);
  if (!plain) return { ok: false, problem: 'wrong-passcode' };
  try {
    const parsed = partnerRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: 'damaged' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
