// Passphrase encryption with WebCrypto: PBKDF2-HMAC-SHA256 derives an AES-256-GCM key.
// 600,000 iterations follows OWASP's Password Storage Cheat Sheet (2023+) for PBKDF2-SHA256.
// The salt (16 bytes) and IV (12 bytes) are random per message and travel with it.

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

export interface SealedBytes {
  salt: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  iterations: number;
}

/** PBKDF2-HMAC-SHA256 from a passphrase to an AES-256-GCM key (not extractable). */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function gcmParams(iv: Uint8Array, associatedData: Uint8Array | undefined): AesGcmParams {
  return associatedData
    ? { name: 'AES-GCM', iv: iv as BufferSource, additionalData: associatedData as BufferSource }
    : { name: 'AES-GCM', iv: iv as BufferSource };
}

/** `associatedData`, when given, is authenticated with the message: opening needs the same. */
export async function sealWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
  associatedData?: Uint8Array,
): Promise<SealedBytes> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(gcmParams(iv, associatedData), key, plaintext as BufferSource),
  );
  return { salt, iv, ciphertext, iterations };
}

/** Returns null for a wrong passphrase or changed data (AES-GCM authenticates both). */
export async function openWithPassphrase(
  sealed: SealedBytes,
  passphrase: string,
  associatedData?: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const key = await derivePassphraseKey(passphrase, sealed.salt, sealed.iterations);
    const plain = await crypto.subtle.decrypt(
      gcmParams(sealed.iv, associatedData),
      key,
      sealed.ciphertext as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
