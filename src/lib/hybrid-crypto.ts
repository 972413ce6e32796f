// Public-key ("hybrid") encryption with WebCrypto only, in the ECIES style:
//   ECDH on P-256 between a fresh ephemeral sender key and the recipient's key
//   → HKDF-SHA256 (random 16-byte salt; info binds both public keys)
//   → an AES-256-GCM key that seals the message (random 12-byte IV, caller's associated data).
// Anyone with the public key can seal; only the holder of the private key can open.
// A new ephemeral key per message means two messages never share a key.

export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface RecipientKeys {
  publicJwk: PublicKeyJwk;
  privateKey: CryptoKey;
}

export interface SealedMessage {
  /** The sender's ephemeral public key, uncompressed point (65 bytes). */
  ephemeralPublicKey: Uint8Array;
  salt: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

const curve = { name: 'ECDH', namedCurve: 'P-256' } as const;
const INFO_PREFIX = new TextEncoder().encode('consult-prep hybrid v1');
export const HYBRID_SALT_BYTES = 16;
export const HYBRID_IV_BYTES = 12;
export const EC_POINT_BYTES = 65;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * A new key pair for the recipient. The private key is extractable on purpose: it must be
 * downloadable as a backup file, or losing this browser's storage would lose every summary.
 * (A non-extractable key would not stop a script running in this page from using it anyway.)
 */
export async function generateRecipientKeys(): Promise<RecipientKeys> {
  const pair = await crypto.subtle.generateKey(curve, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' },
    privateKey: pair.privateKey,
  };
}

export function importPublicKey(jwk: PublicKeyJwk): Promise<CryptoKey> {
  const { kty, crv, x, y } = jwk;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y, ext: true }, curve, true, []);
}

/** Reads a private key from a backup (JWK with `d`); null when it is not a usable P-256 key. */
export async function importPrivateKey(
  jwk: PublicKeyJwk & { d: string },
): Promise<CryptoKey | null> {
  const { kty, crv, x, y, d } = jwk;
  try {
    return await crypto.subtle.importKey('jwk', { kty, crv, x, y, d, ext: true }, curve, true, [
      'deriveBits',
    ]);
  } catch {
    return null;
  }
}

/** A short id of a public key (8 bytes of its SHA-256), to tell keys apart without showing them. */
export async function keyIdOf(jwk: PublicKeyJwk): Promise<string> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', await importPublicKey(jwk)));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', raw as BufferSource));
  return Array.from(hash.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function messageKey(
  privateKey: CryptoKey,
  peerPublic: CryptoKey,
  ephemeralRaw: Uint8Array,
  recipientRaw: Uint8Array,
  salt: Uint8Array,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: peerPublic },
    privateKey,
    256,
  );
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: salt as BufferSource,
      info: concat(INFO_PREFIX, ephemeralRaw, recipientRaw) as BufferSource,
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Seals bytes for the holder of `recipient`'s private key. Throws only on a bad public key. */
export async function sealForRecipient(
  plaintext: Uint8Array,
  recipient: PublicKeyJwk,
  associatedData: Uint8Array,
): Promise<SealedMessage> {
  const recipientKey = await importPublicKey(recipient);
  const recipientRaw = new Uint8Array(await crypto.subtle.exportKey('raw', recipientKey));
  const ephemeral = await crypto.subtle.generateKey(curve, false, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const salt = crypto.getRandomValues(new Uint8Array(HYBRID_SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(HYBRID_IV_BYTES));
  const key = await messageKey(
    ephemeral.privateKey,
    recipientKey,
    ephemeralRaw,
    recipientRaw,
    salt,
    'encrypt',
  );
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: associatedData as BufferSource },
      key,
      plaintext as BufferSource,
    ),
  );
  return { ephemeralPublicKey: ephemeralRaw, salt, iv, ciphertext };
}

/**
 * Opens a sealed message. Returns null for the wrong key, or for a message (or associated data)
 * that was changed or cut short: AES-GCM authenticates all of it.
 */
export async function openSealed(
  sealed: SealedMessage,
  recipient: RecipientKeys,
  associatedData: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const recipientRaw = new Uint8Array(
      await crypto.subtle.exportKey('raw', await importPublicKey(recipient.publicJwk)),
    );
    const ephemeral = await crypto.subtle.importKey(
      'raw',
      sealed.ephemeralPublicKey as BufferSource,
      curve,
      false,
      [],
    );
    const key = await messageKey(
      recipient.privateKey,
      ephemeral,
      sealed.ephemeralPublicKey,
      recipientRaw,
      sealed.salt,
      'decrypt',
    );
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: sealed.iv as BufferSource,
        additionalData: associatedData as BufferSource,
      },
      key,
      sealed.ciphertext as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
