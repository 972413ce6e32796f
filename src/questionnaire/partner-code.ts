import { z } from 'zod/mini';
import { base64urlToBytes, bytesToBase64url } from '../lib/base64url.ts';
import { deflate, inflate } from '../lib/deflate.ts';
import { CHECK_BYTES, checkedRest, withCheck } from '../lib/integrity.ts';
import {
  IV_BYTES,
  openWithPassphrase,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  sealWithPassphrase,
} from '../lib/passphrase-crypto.ts';
import { normalisePaste } from '../lib/paste-normaliser.ts';
import { shareableAnswersSchema } from './privacy-marks.ts';

// A partner code carries one partner's shareable answers to the other, by whatever means they
// choose (a message, a QR code). It is untrusted input: every step of reading it is checked and
// every failure has its own plain reason. Layout after the text prefix, in base64url:
//   plain  "CP1-":  check(4) | deflated JSON
//   sealed "CP1S-": check(4) | salt(16) | iv(12) | AES-GCM(deflated JSON)
// `check` is the first 4 bytes of SHA-256 over the prefix and the rest (lib/integrity.ts), tested
// before anything else: a code changed or cut in a message reads as damaged, never as another
// code, and is told apart from a wrong passphrase (AES-GCM alone cannot tell those apart).

export const PARTNER_CODE_VERSION = 1;
/** Far above any honest code (about 400 characters typical), far below anything harmful. */
export const MAX_CODE_CHARS = 24_000;
const MAX_JSON_BYTES = 32_768;
export const PARTNER_NAME_MAX = 40;
const codeIdPattern = /^[A-Za-z0-9_-]{8,32}$/;

export const partnerCodePayloadSchema = z.strictObject({
  v: z.literal(PARTNER_CODE_VERSION),
  /** A random id of the device that made the code: spots a person's own code pasted back. */
  id: z.string().check(z.regex(codeIdPattern)),
  name: z.optional(z.string().check(z.maxLength(PARTNER_NAME_MAX))),
  answers: shareableAnswersSchema,
});
export type PartnerCodePayload = z.infer<typeof partnerCodePayloadSchema>;

export type PartnerCodeError =
  | 'empty'
  | 'not-a-code'
  | 'too-long'
  | 'other-version'
  | 'damaged'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'own-code';

export type PartnerCodeResult =
  | { ok: true; payload: PartnerCodePayload; sealed: boolean }
  | { ok: false; error: PartnerCodeError };

export interface CodeOptions {
  passphrase?: string;
  /** Only tests lower this; the app always uses the OWASP figure. */
  iterations?: number;
}

export interface DecodeOptions extends CodeOptions {
  /** This device's own code id, to say kindly when a person pastes their own code. */
  ownCodeId?: string;
}

/** A fresh random code id for this device. */
export function newCodeId(): string {
  return bytesToBase64url(crypto.getRandomValues(new Uint8Array(9)));
}

const prefixPattern = /^CP(\d{1,4})(S?)-(.*)$/s;
const prefixOf = (sealed: boolean) => `CP${PARTNER_CODE_VERSION}${sealed ? 'S' : ''}-`;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Writes a partner code. A passphrase, when given, seals it with AES-GCM. */
export async function encodePartnerCode(
  payload: PartnerCodePayload,
  options: CodeOptions = {},
): Promise<string> {
  // Parse on the way out too: only whitelisted fields can ever be written.
  const safe = partnerCodePayloadSchema.parse(payload);
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(safe)));
  const passphrase = options.passphrase ?? '';
  const sealed = passphrase !== '';
  let rest = packed;
  if (sealed) {
    const box = await sealWithPassphrase(
      packed,
      passphrase,
      options.iterations ?? PBKDF2_ITERATIONS,
    );
    rest = concat(box.salt, box.iv, box.ciphertext);
  }
  const prefix = prefixOf(sealed);
  return prefix + bytesToBase64url(await withCheck(prefix, rest));
}

/** Reads a partner code. Never throws: every failure is a typed reason. */
export async function decodePartnerCode(
  input: unknown,
  options: DecodeOptions = {},
): Promise<PartnerCodeResult> {
  try {
    return await decode(input, options);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

async function decode(input: unknown, options: DecodeOptions): Promise<PartnerCodeResult> {
  const fail = (error: PartnerCodeError): PartnerCodeResult => ({ ok: false, error });
  if (typeof input !== 'string') return fail('not-a-code');
  if (input.length > MAX_CODE_CHARS * 2) return fail('too-long');
  // Messages wrap, quote and decorate long text: none of that is ever part of a code.
  const text = normalisePaste(input);
  if (text === '') return fail('empty');
  if (text.length > MAX_CODE_CHARS) return fail('too-long');
  const match = prefixPattern.exec(text);
  if (!match) return fail(/^CP\d/i.test(text) ? 'damaged' : 'not-a-code');
  const [, version, sealedMark, body = ''] = match;
  if (Number(version) !== PARTNER_CODE_VERSION) return fail('other-version');
  const sealed = sealedMark === 'S';

  const bytes = base64urlToBytes(body);
  const minimum = CHECK_BYTES + (sealed ? SALT_BYTES + IV_BYTES + 16 : 1);
  if (!bytes || bytes.length < minimum) return fail('damaged');
  const rest = await checkedRest(prefixOf(sealed), bytes);
  if (!rest) return fail('damaged');

  let packed: Uint8Array | null = rest;
  if (sealed) {
    if (!options.passphrase) return fail('needs-passphrase');
    packed = await openWithPassphrase(
      {
        salt: rest.slice(0, SALT_BYTES),
        iv: rest.slice(SALT_BYTES, SALT_BYTES + IV_BYTES),
        ciphertext: rest.slice(SALT_BYTES + IV_BYTES),
        iterations: options.iterations ?? PBKDF2_ITERATIONS,
      },
      options.passphrase,
    );
    if (!packed) return fail('wrong-passphrase');
  }

  const json = await inflate(packed, MAX_JSON_BYTES);
  if (!json) return fail('damaged');
  const parsed = partnerCodePayloadSchema.safeParse(
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
  );
  if (!parsed.success) return fail('damaged');
  if (options.ownCodeId !== undefined && parsed.data.id === options.ownCodeId) {
    return fail('own-code');
  }
  return { ok: true, payload: parsed.data, sealed };
}
