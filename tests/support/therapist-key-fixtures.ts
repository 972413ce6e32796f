import { keyIdOf, type RecipientKeys } from '../../src/lib/hybrid-crypto.ts';
import { KEY_FILE_FORMAT } from '../../src/features/therapist/key-backup.ts';

// Backup key files as tests need them. The app writes only protected (version 2) files now;
// a version 1 file, as the app wrote before, held the private key in clear.

/** Few PBKDF2 rounds, so tests that seal many times stay quick. Readers must be told. */
export const FAST_ITERATIONS = 1_000;
export const fastRead = { minIterations: FAST_ITERATIONS } as const;

export const PASSPHRASE = 'river kettle blue march';

/** A version 1 backup key file, exactly as the app used to write it. */
export async function legacyKeyFile(keys: RecipientKeys, created: string): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', keys.privateKey);
  const file = {
    format: KEY_FILE_FORMAT,
    version: 1,
    created,
    publicKey: keys.publicJwk,
    privateKey: { ...keys.publicJwk, d: jwk.d ?? '' },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const shortId = async (keys: RecipientKeys) => (await keyIdOf(keys.publicJwk)).slice(0, 8);
