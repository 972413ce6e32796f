import { bytesToBase64url } from '../lib/base64url.ts';
import {
  derivePassphraseKey as deriveKey,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
} from '../lib/passphrase-crypto.ts';

// Answers saved on this device behind a passphrase. PBKDF2-SHA256 (600,000 rounds) makes an
// AES-256-GCM key; the passphrase itself is never stored. The key is derived once when the
// person sets or enters the passphrase and stays in memory only, so each save is quick:
// every save gets a fresh random IV, and the salt stays with the key. sealed-state-reader.ts
// tells a sealed copy from a plain one.

export const SEALED_FORMAT = 'consult-prep.sealed';
export const SEALED_VERSION = 1;
export interface StateLock {
  key: CryptoKey;
  salt: Uint8Array;
  iterations: number;
}

export interface SealedState {
  salt: Uint8Array;
  iv: Uint8Array;
  data: Uint8Array;
  iterations: number;
}

export type SealedParse =
  { ok: true; sealed: SealedState } | { ok: false; problem: 'not-sealed' | 'damaged' };

export type OpenResult =
  { ok: true; text: string; lock: StateLock } | { ok: false; problem: 'wrong-passphrase' };

/** A new lock for a new passphrase, with a fresh salt. */
export async function createLock(
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<StateLock> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { key: await deriveKey(passphrase, salt, iterations), salt, iterations };
}

export async function sealText(text: string, lock: StateLock): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      lock.key,
      new TextEncoder().encode(text) as BufferSource,
    ),
  );
  return JSON.stringify({
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    iterations: lock.iterations,
    salt: bytesToBase64url(lock.salt),
    iv: bytesToBase64url(iv),
    data: bytesToBase64url(data),
  });
}

/** A wrong passphrase and changed data look the same to AES-GCM: both fail to decrypt. */
export async function openSealedState(
  sealed: SealedState,
  passphrase: string,
): Promise<OpenResult> {
  let key: CryptoKey;
  let plain: ArrayBuffer;
  try {
    key = await deriveKey(passphrase, sealed.salt, sealed.iterations);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as BufferSource },
      key,
      sealed.data as BufferSource,
    );
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(plain);
  return { ok: true, text, lock: { key, salt: sealed.salt, iterations: sealed.iterations } };
}
