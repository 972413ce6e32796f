import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { importPrivateKey, type PublicKeyJwk } from './hybrid-crypto.ts';
import {
  IV_BYTES,
  openWithPassphrase,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  sealWithPassphrase,
} from './passphrase-crypto.ts';

// A P-256 private key sealed ("wrapped") with a passphrase: its JWK as JSON, under
// PBKDF2-SHA256 → AES-256-GCM (passphrase-crypto.ts), with a random salt and IV each time.
// The caller names a context (a format and the key's id) that is authenticated as associated
// data, so a wrapped key cannot be moved into another file or record without failing to open.

export interface WrappedKey {
  iterations: number;
  /** base64url, as are iv and data. */
  salt: string;
  iv: string;
  data: string;
}

/** The most rounds a reader will run: more would hang the page, so it is refused, not obeyed. */
export const WRAP_MAX_ITERATIONS = 10_000_000;
/** A wrapped JWK is about 200 bytes; anything much longer is not one. */
export const WRAP_MAX_DATA_CHARS = 2_000;

const encode = (text: string) => new TextEncoder().encode(text);
const coordinate = /^[A-Za-z0-9_-]{43}$/;

export async function wrapPrivateKey(
  privateKey: CryptoKey,
  passphrase: string,
  context: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const { x, y, d } = await crypto.subtle.exportKey('jwk', privateKey);
  const plain = encode(JSON.stringify({ kty: 'EC', crv: 'P-256', x, y, d }));
  const sealed = await sealWithPassphrase(plain, passphrase, iterations, encode(context));
  return {
    iterations: sealed.iterations,
    salt: bytesToBase64url(sealed.salt),
    iv: bytesToBase64url(sealed.iv),
    data: bytesToBase64url(sealed.ciphertext),
  };
}

export type UnwrapResult =
  { ok: true; privateKey: CryptoKey } | { ok: false; error: 'wrong-passphrase' | 'damaged' };

/**
 * Opens a wrapped key and checks it belongs to `publicJwk`. Never throws. AES-GCM cannot tell
 * a wrong passphrase from changed sealed bytes: both read as 'wrong-passphrase'.
 */
export async function unwrapPrivateKey(
  wrapped: WrappedKey,
  publicJwk: PublicKeyJwk,
  passphrase: string,
  context: string,
): Promise<UnwrapResult> {
  const damaged = { ok: false, error: 'damaged' } as const;
  const salt = base64urlToBytes(wrapped.salt);
  const iv = base64urlToBytes(wrapped.iv);
  const ciphertext = base64urlToBytes(wrapped.data);
  if (
    !Number.isInteger(wrapped.iterations) ||
    wrapped.iterations < 1 ||
    wrapped.iterations > WRAP_MAX_ITERATIONS ||
    salt?.length !== SALT_BYTES ||
    iv?.length !== IV_BYTES ||
    !ciphertext ||
    ciphertext.length <= 16 ||
    wrapped.data.length > WRAP_MAX_DATA_CHARS
  ) {
    return damaged;
  }
  const plain = await openWithPassphrase(
    { salt, iv, ciphertext, iterations: wrapped.iterations },
    passphrase,
    encode(context),
  );
  if (!plain) return { ok: false, error: 'wrong-passphrase' };
  let jwk: unknown;
  try {
    jwk = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return damaged;
  }
  if (
    typeof jwk !== 'object' ||
    jwk === null ||
    !('d' in jwk) ||
    !('x' in jwk) ||
    !('y' in jwk) ||
    typeof jwk.d !== 'string' ||
    !coordinate.test(jwk.d) ||
    jwk.x !== publicJwk.x ||
    jwk.y !== publicJwk.y
  ) {
    return damaged;
  }
  const privateKey = await importPrivateKey({ ...publicJwk, d: jwk.d });
  return privateKey ? { ok: true, privateKey } : damaged;
}
