import { z } from 'zod/mini';
import { countryIds } from './ids.ts';
import { base64urlToBytes, bytesToBase64url } from '../lib/base64url.ts';
import { deflate, inflate } from '../lib/deflate.ts';
import { importPublicKey } from '../lib/hybrid-crypto.ts';
import { checkedRest, withCheck } from '../lib/integrity.ts';
import { normalisePaste } from '../lib/paste-normaliser.ts';

// A therapist's link: their details and questions, packed into the URL fragment
// (`/from#v2.<code>`), so it never reaches a server log. It holds no client data.
// Wire format: "v2." + base64url(check(4) | deflate-raw(JSON)), where check is the start of
// SHA-256 over "v2." and the deflated bytes (lib/integrity.ts). It is tested before anything is
// inflated, so one changed, added or lost character reads as a damaged link, never as another
// link. Older "v1." links (no check) still open; the page asks the client to check the details.

export const LINK_VERSION = 2;
/** Links made before the check: still read, and marked as such. */
export const LEGACY_LINK_VERSION = 1;
const prefixOf = (version: number) => `v${version}.`;
/** Longer than any link the builder can make: anything bigger is refused unread. */
export const LINK_CODE_MAX_CHARS = 6000;
/** The most the JSON may inflate to (a "zip bomb" guard). */
export const LINK_JSON_MAX_BYTES = 16_384;

export const linkLimits = {
  name: 80,
  client: 60,
  licenceOther: 60,
  licences: 6,
  states: 60,
  practice: 100,
  website: 200,
  contact: 160,
  welcome: 600,
  questions: 10,
  questionText: 200,
  options: 6,
  optionText: 80,
  shortAnswer: 200,
  longAnswer: 2000,
} as const;

export const licenceIds = ['lmft', 'lmhc', 'lpc', 'lcsw', 'psychologist', 'other'] as const;
export type LicenceId = (typeof licenceIds)[number];

// USPS codes: every state, DC and the territories that license therapists.
export const stateCodes = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN',
  'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH',
  'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT',
  'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI',
] as const; // prettier-ignore
export type StateCode = (typeof stateCodes)[number];

/** Parts of the client's summary a therapist may ask for. The client still chooses what to send. */
export const linkSectionIds = [
  'details',
  'relationship',
  'health',
  'goals',
  'preferences',
] as const;
export type LinkSectionId = (typeof linkSectionIds)[number];

export const questionKinds = ['short-text', 'long-text', 'yes-no', 'choice'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const returnModes = ['bring', 'encrypted'] as const;
export type ReturnMode = (typeof returnModes)[number];

// --- Unsafe characters -------------------------------------------------------------------
// C0/C1 controls, and the bidi overrides, embeddings, isolates and marks that can reorder or hide
// what a reader sees (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). Builders strip
// them; the decoder refuses them. A newline is allowed in long text only.
const unsafeRanges =
  '\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const unsafeSingle = new RegExp(`[\\u0000-\\u000a${unsafeRanges}]`);
const unsafeMulti = new RegExp(`[\\u0000-\\u0009${unsafeRanges}]`);

export function hasUnsafeCharacters(text: string, multiline = false): boolean {
  return (multiline ? unsafeMulti : unsafeSingle).test(text);
}

/** Strips unsafe characters and trims. Tabs become spaces; "\r\n" becomes "\n" in long text. */
export function cleanText(text: string, multiline = false): string {
  const unified = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
    : text.replace(/[\r\n\t]+/g, ' ');
  const pattern = new RegExp((multiline ? unsafeMulti : unsafeSingle).source, 'g');
  return unified.replace(pattern, '').trim();
}

/** Trimmed, capped, single-line (or multi-line) text with no unsafe characters. */
export function safeText(max: number, { multiline = false, min = 0 } = {}) {
  return z.string().check(
    z.maxLength(max),
    z.refine((text) => !hasUnsafeCharacters(text, multiline) && text.trim().length >= min),
  );
}

/** Only `https:` addresses, without a user name or password (those can disguise the host). */
export function isSafeWebsite(text: string): boolean {
  if (!/^https:\/\//i.test(text) || hasUnsafeCharacters(text)) return false;
  try {
    const url = new URL(text);
    return (
      url.protocol === 'https:' && url.username === '' && url.password === '' && !!url.hostname
    );
  } catch {
    return false;
  }
}

export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function uniqueList<T extends z.core.$ZodType>(item: T, max: number) {
  return z.array(item).check(
    z.maxLength(max),
    z.refine((list) => new Set(list).size === list.length),
  );
}

const base64urlCoordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const publicKeyJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64urlCoordinate,
  y: base64urlCoordinate,
});

const questionText = safeText(linkLimits.questionText, { min: 1 });
export const customQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['short-text', 'long-text', 'yes-no']), text: questionText }),
  z.object({
    kind: z.literal('choice'),
    text: questionText,
    options: uniqueList(safeText(linkLimits.optionText, { min: 1 }), linkLimits.options).check(
      z.minLength(2),
    ),
  }),
]);
export type CustomQuestion = z.infer<typeof customQuestionSchema>;

export const therapistLinkSchema = z
  .object({
    name: safeText(linkLimits.name, { min: 1 }),
    /** A link made for one client: the name or initials they see. Absent: for everyone. */
    client: z.optional(safeText(linkLimits.client, { min: 1 })),
    licences: uniqueList(z.enum(licenceIds), linkLimits.licences),
    licenceOther: z.optional(safeText(linkLimits.licenceOther)),
    states: uniqueList(z.enum(stateCodes), linkLimits.states),
    aasect: z.boolean(),
    practice: z.optional(safeText(linkLimits.practice)),
    /** Where they practise: optional, so links made before it existed open unchanged. */
    country: z.optional(z.enum(countryIds)),
    website: z.optional(z.string().check(z.maxLength(linkLimits.website), z.refine(isSafeWebsite))),
    contact: z.optional(safeText(linkLimits.contact)),
    welcome: z.optional(safeText(linkLimits.welcome, { multiline: true })),
    sections: uniqueList(z.enum(linkSectionIds), linkSectionIds.length),
    questions: z.array(customQuestionSchema).check(z.maxLength(linkLimits.questions)),
    date: z.optional(z.string().check(z.refine(isRealDate))),
    returnMode: z.enum(returnModes),
    publicKey: z.optional(publicKeyJwkSchema),
  })
  .check(z.refine((link) => (link.returnMode === 'encrypted') === (link.publicKey !== undefined)));
export type TherapistLink = z.infer<typeof therapistLinkSchema>;

// --- Codec -------------------------------------------------------------------------------

export type LinkError = 'empty' | 'too-long' | 'unknown-version' | 'damaged' | 'invalid';
export type LinkResult =
  | { ok: true; link: TherapistLink; /** A v1 link: it carried no check. */ legacy: boolean }
  | { ok: false; error: LinkError };
export type EncodeResult =
  { ok: true; code: string } | { ok: false; error: 'too-long' | 'invalid' };

/** Packs a link into its code (the part after `#`). Refuses anything the decoder would refuse. */
export async function encodeTherapistLink(link: TherapistLink): Promise<EncodeResult> {
  const parsed = therapistLinkSchema.safeParse(link);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const json = new TextEncoder().encode(JSON.stringify(parsed.data));
  if (json.length > LINK_JSON_MAX_BYTES) return { ok: false, error: 'too-long' };
  const prefix = prefixOf(LINK_VERSION);
  const code = prefix + bytesToBase64url(await withCheck(prefix, await deflate(json)));
  return code.length > LINK_CODE_MAX_CHARS ? { ok: false, error: 'too-long' } : { ok: true, code };
}

/**
 * The code in whatever was pasted or opened: a full address, the fragment, or the code alone,
 * with the wrapping, quoting and invisible characters of email and chat apps removed.
 */
export function linkCodeFromPaste(text: string): string {
  const cleaned = normalisePaste(text);
  const hash = cleaned.indexOf('#');
  return hash < 0 ? cleaned : normalisePaste(cleaned.slice(hash + 1));
}

/**
 * Reads a link code from outside. Pure: no storage, no page. It never throws: every input
 * is either a parsed link or a typed error the page can explain kindly.
 */
export async function decodeTherapistLink(input: unknown): Promise<LinkResult> {
  try {
    if (typeof input !== 'string') return { ok: false, error: 'invalid' };
    if (input.length > LINK_CODE_MAX_CHARS * 4) return { ok: false, error: 'too-long' };
    const code = linkCodeFromPaste(input);
    if (code === '') return { ok: false, error: 'empty' };
    if (code.length > LINK_CODE_MAX_CHARS) return { ok: false, error: 'too-long' };
    const match = /^v(\d{1,6})\./.exec(code);
    if (!match) return { ok: false, error: 'damaged' };
    const version = Number(match[1]);
    const legacy = version === LEGACY_LINK_VERSION;
    if (version !== LINK_VERSION && !legacy) return { ok: false, error: 'unknown-version' };

    const bytes = base64urlToBytes(code.slice(match[0].length));
    const packed = bytes && (legacy ? bytes : await checkedRest(prefixOf(version), bytes));
    if (!packed || packed.length === 0) return { ok: false, error: 'damaged' };
    const json = await inflate(packed, LINK_JSON_MAX_BYTES);
    if (!json) return { ok: false, error: 'damaged' };
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    } catch {
      return { ok: false, error: 'damaged' };
    }
    const parsed = therapistLinkSchema.safeParse(data);
    if (!parsed.success) return { ok: false, error: 'invalid' };
    if (parsed.data.publicKey && !(await isUsableKey(parsed.data.publicKey))) {
      return { ok: false, error: 'invalid' };
    }
    return { ok: true, link: parsed.data, legacy };
  } catch {
    // Belt and braces: a platform API failing in an unforeseen way still gets a typed answer.
    return { ok: false, error: 'damaged' };
  }
}

async function isUsableKey(jwk: TherapistLink['publicKey'] & object): Promise<boolean> {
  try {
    await importPublicKey(jwk);
    return true;
  } catch {
    return false;
  }
}

// --- Answers to the custom questions ----------------------------------------------------

/** Answers are keyed by the question's position in the link ("0".."9"). */
export const customAnswersSchema = z.record(
  z.string().check(z.regex(/^\d$/)),
  z.string().check(z.maxLength(linkLimits.longAnswer)),
);
export type CustomAnswers = z.infer<typeof customAnswersSchema>;

export function answerCap(question: CustomQuestion): number {
  return question.kind === 'long-text' ? linkLimits.longAnswer : linkLimits.shortAnswer;
}
