import { z } from 'zod/mini';
import { base64urlToBytes } from '../lib/base64url.ts';
import { IV_BYTES, SALT_BYTES } from '../lib/passphrase-crypto.ts';
import { SEALED_FORMAT, SEALED_VERSION, type SealedParse } from './sealed-state.ts';

// Reads answers sealed with a passphrase (sealed-state.ts). Loaded only when something is stored.

// Encrypted state is a little larger than the plain state's cap (200,000 characters).
const SEALED_MAX_CHARS = 400_000;
const MAX_ITERATIONS = 10_000_000;

const sealedEnvelopeSchema = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(SEALED_VERSION),
  iterations: z.int().check(z.minimum(1), z.maximum(MAX_ITERATIONS)),
  salt: z.string(),
  iv: z.string(),
  data: z.string(),
});

/** Tells locked state from plain state and from damage. Never throws. */
export function parseSealedState(raw: string | null): SealedParse {
  if (raw === null || raw.length > SEALED_MAX_CHARS) return { ok: false, problem: 'not-sealed' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not-sealed' };
  }
  if (typeof data !== 'object' || data === null || !('format' in data)) {
    return { ok: false, problem: 'not-sealed' };
  }
  if (data.format !== SEALED_FORMAT) return { ok: false, problem: 'not-sealed' };
  const parsed = sealedEnvelopeSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const salt = base64urlToBytes(parsed.data.salt);
  const iv = base64urlToBytes(parsed.data.iv);
  const bytes = base64urlToBytes(parsed.data.data);
  if (!salt || salt.length !== SALT_BYTES || !iv || iv.length !== IV_BYTES || !bytes) {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, sealed: { salt, iv, data: bytes, iterations: parsed.data.iterations } };
}
