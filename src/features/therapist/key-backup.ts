import { z } from 'zod/mini';
import { importPrivateKey, keyIdOf, type RecipientKeys } from '../../lib/hybrid-crypto.ts';
import { unwrapPrivateKey, wrapPrivateKey } from '../../lib/key-wrap.ts';
import { PBKDF2_ITERATIONS } from '../../lib/passphrase-crypto.ts';
import { publicKeyJwkSchema } from '../../questionnaire/therapist-link.ts';
import { wrappedKeySchema } from '../../storage/therapist-key-store.ts';

// The backup key file, so summaries still open after this browser's data is gone, or on
// another computer. Version 2 (made today) holds the private key sealed with a passphrase the
// therapist chose: PBKDF2-SHA256 at 600,000 rounds → AES-256-GCM, random salt and IV, with the
// format, version and key id authenticated as associated data. Version 1 (made before) holds
// the private key in clear; it still opens, and the page then advises a new, protected one.

export const KEY_FILE_FORMAT = 'consult-prep.therapist-key';
export const KEY_FILE_VERSION = 2;
export const KEY_FILE_MAX_CHARS = 10_000;
/** Fewer rounds than this is not a file this app made: refused, like more than 10,000,000. */
export const KEY_FILE_MIN_ITERATIONS = 100_000;

const kidSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/));
const createdSchema = z.string().check(z.maxLength(40));

const keyFileV1Schema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  created: createdSchema,
  publicKey: publicKeyJwkSchema,
  privateKey: z.object({
    ...publicKeyJwkSchema.shape,
    d: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  }),
});

const keyFileV2Schema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  created: createdSchema,
  kid: kidSchema,
  publicKey: publicKeyJwkSchema,
  sealed: wrappedKeySchema,
});

const fileContext = (kid: string) => `${KEY_FILE_FORMAT}/${KEY_FILE_VERSION}/${kid}`;

/** The first 8 characters of a key id: how the pages, and backup file names, name a key. */
export const shortKeyId = (kid: string) => kid.slice(0, 8);

/** A protected (version 2) backup key file. */
export async function keyBackupJson(
  keys: RecipientKeys,
  created: string,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<string> {
  const kid = await keyIdOf(keys.publicJwk);
  const file = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    created,
    kid,
    publicKey: keys.publicJwk,
    sealed: await wrapPrivateKey(keys.privateKey, passphrase, fileContext(kid), iterations),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type KeyFileError = 'not-a-key-file' | 'damaged' | 'needs-passphrase' | 'wrong-passphrase';
export type KeyFileResult =
  | {
      ok: true;
      keys: RecipientKeys;
      kid: string;
      created: string;
      /** False for a version 1 file: its private key was in clear. */
      protected: boolean;
    }
  | { ok: false; error: KeyFileError };

export interface ReadKeyOptions {
  /** Tests lower this to seal with few rounds; the upper cap never moves. */
  minIterations?: number;
}

/** Reads a backup key file, with its passphrase when it has one. Never throws. */
export async function readKeyBackup(
  text: unknown,
  passphrase = '',
  options: ReadKeyOptions = {},
): Promise<KeyFileResult> {
  try {
    return await read(text, passphrase, options);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

async function read(
  text: unknown,
  passphrase: string,
  options: ReadKeyOptions,
): Promise<KeyFileResult> {
  const fail = (error: KeyFileError) => ({ ok: false, error }) as const;
  if (typeof text !== 'string' || text.length > KEY_FILE_MAX_CHARS) return fail('not-a-key-file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A file cut short still names its format near the top.
    return fail(text.includes(KEY_FILE_FORMAT) ? 'damaged' : 'not-a-key-file');
  }
  if (typeof data !== 'object' || data === null || !('format' in data)) {
    return fail('not-a-key-file');
  }
  if (data.format !== KEY_FILE_FORMAT) return fail('not-a-key-file');
  const version = 'version' in data ? data.version : undefined;
  if (version === 1) return readVersion1(data);
  const parsed = keyFileV2Schema.safeParse(data);
  if (!parsed.success) return fail('damaged');
  const { kid, publicKey, sealed, created } = parsed.data;
  if ((await keyIdOf(publicKey)) !== kid) return fail('damaged');
  if (sealed.iterations < (options.minIterations ?? KEY_FILE_MIN_ITERATIONS)) {
    return fail('damaged');
  }
  if (passphrase === '') return fail('needs-passphrase');
  const opened = await unwrapPrivateKey(sealed, publicKey, passphrase, fileContext(kid));
  if (!opened.ok) return fail(opened.error);
  return {
    ok: true,
    keys: { publicJwk: publicKey, privateKey: opened.privateKey },
    kid,
    created,
    protected: true,
  };
}

async function readVersion1(data: unknown): Promise<KeyFileResult> {
  const parsed = keyFileV1Schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'damaged' };
  const { publicKey, privateKey, created } = parsed.data;
  if (privateKey.x !== publicKey.x || privateKey.y !== publicKey.y) {
    return { ok: false, error: 'damaged' };
  }
  const key = await importPrivateKey(privateKey);
  if (!key) return { ok: false, error: 'damaged' };
  return {
    ok: true,
    keys: { publicJwk: publicKey, privateKey: key },
    kid: await keyIdOf(publicKey),
    created,
    protected: false,
  };
}
