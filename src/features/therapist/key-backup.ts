import { z } from 'zod/mini';
import { importPrivateKey, keyIdOf, type RecipientKeys } from '../../lib/hybrid-crypto.ts';
import { publicKeyJwkSchema } from '../../questionnaire/therapist-link.ts';

// The backup key file: the private key as a JWK, so summaries still open after this browser's
// data is gone, or on another computer. Whoever has this file can read the summaries.

export const KEY_FILE_FORMAT = 'consult-prep.therapist-key';

const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  created: z.string().check(z.maxLength(40)),
  publicKey: publicKeyJwkSchema,
  privateKey: z.object({
    ...publicKeyJwkSchema.shape,
    d: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  }),
});

export async function keyBackupJson(keys: RecipientKeys, created: string): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', keys.privateKey);
  const privateKey = { ...keys.publicJwk, d: jwk.d ?? '' };
  const file = {
    format: KEY_FILE_FORMAT,
    version: 1,
    created,
    publicKey: keys.publicJwk,
    privateKey,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type KeyFileResult =
  | { ok: true; keys: RecipientKeys; kid: string }
  | { ok: false; error: 'not-a-key-file' | 'damaged' };

/** Reads a backup key file. Never throws. */
export async function readKeyBackup(text: unknown): Promise<KeyFileResult> {
  if (typeof text !== 'string' || text.length > 10_000)
    return { ok: false, error: 'not-a-key-file' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-a-key-file' };
  }
  const parsed = keyFileSchema.safeParse(data);
  if (!parsed.success) {
    const format = typeof data === 'object' && data !== null && 'format' in data && data.format;
    return { ok: false, error: format === KEY_FILE_FORMAT ? 'damaged' : 'not-a-key-file' };
  }
  const { publicKey, privateKey } = parsed.data;
  if (privateKey.x !== publicKey.x || privateKey.y !== publicKey.y) {
    return { ok: false, error: 'damaged' };
  }
  const key = await importPrivateKey(privateKey);
  if (!key) return { ok: false, error: 'damaged' };
  try {
    return {
      ok: true,
      keys: { publicJwk: publicKey, privateKey: key },
      kid: await keyIdOf(publicKey),
    };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}
