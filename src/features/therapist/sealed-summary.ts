import { z } from 'zod/mini';
import { base64urlToBytes, bytesToBase64url } from '../../lib/base64url.ts';
import { deflate, inflate } from '../../lib/deflate.ts';
import {
  EC_POINT_BYTES,
  HYBRID_IV_BYTES,
  HYBRID_SALT_BYTES,
  keyIdOf,
  openSealed,
  sealForRecipient,
  type RecipientKeys,
} from '../../lib/hybrid-crypto.ts';
import { normalisePaste } from '../../lib/paste-normaliser.ts';
import { safeText, type TherapistLink } from '../../questionnaire/therapist-link.ts';

// The summary a client sends back: a labelled list of text, sealed for the therapist's public key
// (hybrid-crypto.ts). It travels as a .json file, or as a text block to paste into an email.
// Pure functions, no page: both the send and the open page use them, and tests fuzz them.

export const SEALED_FORMAT = 'consult-prep.sealed-summary';
export const SEALED_VERSION = 1;
export const SUMMARY_FORMAT = 'consult-prep.summary';
export const SEALED_MAX_CHARS = 400_000;
const PAYLOAD_MAX_BYTES = 200_000;
const BEGIN = '-----BEGIN PRIVATE SUMMARY-----';
const END = '-----END PRIVATE SUMMARY-----';
// Pasted text is read without its spaces (lib/paste-normaliser.ts), so the markers are too.
const compact = (marker: string) => marker.replace(/\s+/g, '');

export const summaryPayloadSchema = z.object({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(1),
  therapistName: safeText(80, { min: 1 }),
  created: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** From a link made for one client: who it is from, as the therapist named them. */
  client: z.optional(safeText(60, { min: 1 })),
  /** The consultation's date, when the link gave one. */
  consultation: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  sections: z
    .array(
      z.object({
        heading: safeText(120, { min: 1 }),
        rows: z
          .array(z.object({ label: safeText(300), value: safeText(4000, { multiline: true }) }))
          .check(z.maxLength(80)),
      }),
    )
    .check(z.maxLength(20)),
});
export type SummaryPayload = z.infer<typeof summaryPayloadSchema>;
export type SummarySection = SummaryPayload['sections'][number];

const b64 = (min: number, max: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]*$/), z.minLength(min), z.maxLength(max));
export const sealedEnvelopeSchema = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(SEALED_VERSION),
  kid: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  epk: b64(87, 87),
  salt: b64(22, 22),
  iv: b64(16, 16),
  ct: b64(22, SEALED_MAX_CHARS),
});
export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

const associatedData = (kid: string) =>
  new TextEncoder().encode(`${SEALED_FORMAT}/${SEALED_VERSION}/${kid}`);

/** Seals the summary for the therapist named in the link. */
export async function sealSummary(
  payload: SummaryPayload,
  publicKey: NonNullable<TherapistLink['publicKey']>,
): Promise<SealedEnvelope> {
  const kid = await keyIdOf(publicKey);
  const plain = await deflate(new TextEncoder().encode(JSON.stringify(payload)));
  const sealed = await sealForRecipient(plain, publicKey, associatedData(kid));
  return {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kid,
    epk: bytesToBase64url(sealed.ephemeralPublicKey),
    salt: bytesToBase64url(sealed.salt),
    iv: bytesToBase64url(sealed.iv),
    ct: bytesToBase64url(sealed.ciphertext),
  };
}

export function envelopeToJson(envelope: SealedEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** A block of plain text that survives email and chat apps: no spaces, short lines. */
export function envelopeToText(envelope: SealedEnvelope, intro: string): string {
  const body = bytesToBase64url(new TextEncoder().encode(JSON.stringify(envelope)));
  const lines = body.match(/.{1,64}/g) ?? [];
  return [intro, '', BEGIN, ...lines, END, ''].join('\n');
}

export type ReadError = 'empty' | 'too-long' | 'not-a-summary' | 'unknown-version' | 'damaged';
export type ReadResult = { ok: true; envelope: SealedEnvelope } | { ok: false; error: ReadError };

function envelopeFrom(data: unknown): ReadResult {
  const parsed = sealedEnvelopeSchema.safeParse(data);
  if (parsed.success) return { ok: true, envelope: parsed.data };
  if (typeof data !== 'object' || data === null || !('format' in data)) {
    return { ok: false, error: 'not-a-summary' };
  }
  if (data.format !== SEALED_FORMAT) return { ok: false, error: 'not-a-summary' };
  const version = 'version' in data ? data.version : undefined;
  if (typeof version === 'number' && version !== SEALED_VERSION) {
    return { ok: false, error: 'unknown-version' };
  }
  return { ok: false, error: 'damaged' };
}

/**
 * Reads a .json file or a pasted text block, however a mail or chat app wrapped, quoted or
 * decorated it. Never throws: a typed error says what is wrong.
 */
export function readSealedSummary(input: unknown): ReadResult {
  try {
    if (typeof input !== 'string' || input.trim() === '') return { ok: false, error: 'empty' };
    if (input.length > SEALED_MAX_CHARS) return { ok: false, error: 'too-long' };
    const text = normalisePaste(input);
    if (text === '') return { ok: false, error: 'empty' };
    const begin = text.indexOf(compact(BEGIN));
    if (begin >= 0) {
      const end = text.indexOf(compact(END), begin);
      if (end < 0) return { ok: false, error: 'damaged' };
      const bytes = base64urlToBytes(text.slice(begin + compact(BEGIN).length, end));
      const data = bytes ? parseJson(bytes) : undefined;
      if (data === undefined) return { ok: false, error: 'damaged' };
      // Between our markers, anything unreadable is damage, not someone else's file.
      const result = envelopeFrom(data);
      return !result.ok && result.error === 'not-a-summary'
        ? { ok: false, error: 'damaged' }
        : result;
    }
    if (!text.startsWith('{')) return { ok: false, error: 'not-a-summary' };
    const data = parseJson(new TextEncoder().encode(text));
    if (data === undefined) {
      return { ok: false, error: text.includes(SEALED_FORMAT) ? 'damaged' : 'not-a-summary' };
    }
    return envelopeFrom(data);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

export type OpenError = 'no-matching-key' | 'damaged';
export type OpenResult = { ok: true; summary: SummaryPayload } | { ok: false; error: OpenError };

/**
 * Opens the summary with whichever of `keys` it was sealed for. No matching key means the
 * wrong key (or none) was given; a matching key that fails means the file was changed or cut.
 */
export async function openSummary(
  envelope: SealedEnvelope,
  keys: readonly RecipientKeys[],
): Promise<OpenResult> {
  let matching: RecipientKeys | undefined;
  for (const key of keys) {
    if ((await keyIdOf(key.publicJwk)) === envelope.kid) matching = key;
  }
  if (!matching) return { ok: false, error: 'no-matching-key' };
  const epk = base64urlToBytes(envelope.epk);
  const salt = base64urlToBytes(envelope.salt);
  const iv = base64urlToBytes(envelope.iv);
  const ciphertext = base64urlToBytes(envelope.ct);
  if (
    epk?.length !== EC_POINT_BYTES ||
    salt?.length !== HYBRID_SALT_BYTES ||
    iv?.length !== HYBRID_IV_BYTES ||
    !ciphertext
  ) {
    return { ok: false, error: 'damaged' };
  }
  const sealed = { ephemeralPublicKey: epk, salt, iv, ciphertext };
  const plain = await openSealed(sealed, matching, associatedData(envelope.kid));
  if (!plain) return { ok: false, error: 'damaged' };
  const json = await inflate(plain, PAYLOAD_MAX_BYTES);
  const parsed = summaryPayloadSchema.safeParse(json ? parseJson(json) : undefined);
  return parsed.success ? { ok: true, summary: parsed.data } : { ok: false, error: 'damaged' };
}
