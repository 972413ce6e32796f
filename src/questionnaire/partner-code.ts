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
import {
  isValidOffer,
  offerFromBytes,
  offerToBytes,
  PSI_OFFER_BYTES,
  type PsiOffer,
} from './psi-offer.ts';
import { concatBytes } from '../lib/bytes.ts';

export type { PsiOffer } from './psi-offer.ts';

// A partner code carries one partner's shareable answers to the other, by whatever means they
// choose (a message, a QR code). It is untrusted input: every step of reading it is checked and
// every failure has its own plain reason. Layout after the text prefix, in base64url:
//   plain  "CP1-":  check(4) | deflated JSON
//   sealed "CP1S-": check(4) | salt(16) | iv(12) | AES-GCM(deflated JSON)
// Version 2 carries a private set intersection offer (psi-offer.ts) in front of the JSON, inside
// the same check and, when sealed, inside the same encryption:
//   plain  "CP2-":  check(4) | publicKey(32) | list(16 × 32) | deflated JSON
//   sealed "CP2S-": check(4) | salt(16) | iv(12) | AES-GCM(publicKey | list | deflated JSON)
// `check` is the first 4 bytes of SHA-256 over the prefix and the rest (lib/integrity.ts), tested
// before anything else: a code changed or cut in a message reads as damaged, never as another
// code, and is told apart from a wrong passphrase (AES-GCM alone cannot tell those apart).

/** The newest version written; version 1 (no offer) is still written and read. */
export const PARTNER_CODE_VERSION = 2;
const readableVersions = [1, 2] as const;
type CodeVersion = (typeof readableVersions)[number];
/** Far above any honest code (about 400 characters typical), far below anything harmful. */
export const MAX_CODE_CHARS = 24_000;
const MAX_JSON_BYTES = 32_768;
export const PARTNER_NAME_MAX = 40;
/** A device's code id, as codes and replies carry it. */
export const codeIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/));

export const partnerCodePayloadSchema = z.strictObject({
  /** The version of the code's layout: 2 when it carries a PSI offer, else 1. */
  v: z.union([z.literal(1), z.literal(2)]),
  /** A random id of the device that made the code: spots a person's own code pasted back. */
  id: codeIdSchema,
  name: z.optional(z.string().check(z.maxLength(PARTNER_NAME_MAX))),
  answers: shareableAnswersSchema,
});
/** What a code's JSON holds. */
export type PartnerCodeJson = z.infer<typeof partnerCodePayloadSchema>;
export type PartnerCodePayload = PartnerCodeJson & {
  /** The "only if we both" match offer: in version-2 codes only. */
  psi?: PsiOffer;
};

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
const prefixOf = (version: CodeVersion, sealed: boolean) => `CP${version}${sealed ? 'S' : ''}-`;

/**
 * Writes a partner code: version 2 when `payload.psi` is given, version 1 otherwise (the JSON's
 * `v` is set to match). A passphrase, when given, seals it with AES-GCM.
 */
export async function encodePartnerCode(
  payload: PartnerCodePayload,
  options: CodeOptions = {},
): Promise<string> {
  const { psi, ...json } = payload;
  const version: CodeVersion = psi ? 2 : 1;
  // Parse on the way out too: only whitelisted fields can ever be written.
  const safe = partnerCodePayloadSchema.parse({ ...json, v: version });
  if (psi && !(await isValidOffer(psi))) throw new Error('The PSI offer has a bad point');
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(safe)));
  const passphrase = options.passphrase ?? '';
  const sealed = passphrase !== '';
  let rest = psi ? concatBytes(offerToBytes(psi), packed) : packed;
  if (sealed) {
    const box = await sealWithPassphrase(rest, passphrase, options.iterations ?? PBKDF2_ITERATIONS);
    rest = concatBytes(box.salt, box.iv, box.ciphertext);
  }
  const prefix = prefixOf(version, sealed);
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
  const [, versionText, sealedMark, body = ''] = match;
  const version = readableVersions.find((known) => known === Number(versionText));
  if (version === undefined) return fail('other-version');
  const sealed = sealedMark === 'S';

  const bytes = base64urlToBytes(body);
  const offerBytes = version === 2 ? PSI_OFFER_BYTES : 0;
  const minimum = CHECK_BYTES + (sealed ? SALT_BYTES + IV_BYTES + 16 : offerBytes + 1);
  if (!bytes || bytes.length < minimum) return fail('damaged');
  const rest = await checkedRest(prefixOf(version, sealed), bytes);
  if (!rest) return fail('damaged');

  let inner: Uint8Array | null = rest;
  if (sealed) {
    if (!options.passphrase) return fail('needs-passphrase');
    inner = await openWithPassphrase(
      {
        salt: rest.slice(0, SALT_BYTES),
        iv: rest.slice(SALT_BYTES, SALT_BYTES + IV_BYTES),
        ciphertext: rest.slice(SALT_BYTES + IV_BYTES),
        iterations: options.iterations ?? PBKDF2_ITERATIONS,
      },
      options.passphrase,
    );
    if (!inner) return fail('wrong-passphrase');
  }

  // A version-2 code's offer comes first: every point must be one to answer, or it is damaged.
  let psi: PsiOffer | null = null;
  if (version === 2) {
    psi = inner.length > offerBytes ? offerFromBytes(inner) : null;
    if (!psi || !(await isValidOffer(psi))) return fail('damaged');
  }
  const json = await inflate(inner.subarray(offerBytes), MAX_JSON_BYTES);
  if (!json) return fail('damaged');
  const parsed = partnerCodePayloadSchema.safeParse(
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
  );
  if (!parsed.success || parsed.data.v !== version) return fail('damaged');
  if (options.ownCodeId !== undefined && parsed.data.id === options.ownCodeId) {
    return fail('own-code');
  }
  return { ok: true, payload: psi ? { ...parsed.data, psi } : parsed.data, sealed };
}
