import { z } from 'zod/mini';
import { base64urlToBytes, bytesToBase64url } from '../lib/base64url.ts';
import { deflate, inflate } from '../lib/deflate.ts';
import { CHECK_BYTES, checkedRest, withCheck } from '../lib/integrity.ts';
import { IV_BYTES } from '../lib/passphrase-crypto.ts';
import { normalisePaste } from '../lib/paste-normaliser.ts';
import {
  blindItems,
  blindItemsWithPlaces,
  listDigest,
  matchBlinded,
  PSI_MATCH_BYTES,
  psiPublicKey,
  psiSharedSecret,
  reblindList,
} from '../lib/psi.ts';
import { BOTH_ITEMS_MAX, bothItemKeys, bothItemsFromKeys } from './both-items.ts';
import { codeIdSchema } from './partner-code.ts';
import type { PsiOffer } from './psi-offer.ts';
import { concatBytes } from '../lib/bytes.ts';

// The reply code: the second half of matching "only if we both" items between partners apart.
// Once each partner holds the other's version-2 code, each sends back a reply:
//   "CR1-" + base64url( check(4) | forDigest(8) | fromDigest(8)
//                       | doubled(BOTH_ITEMS_MAX × 12) | iv(12) | AES-GCM(deflated JSON) )
// forDigest names the list it answers (the receiver's), fromDigest the sender's own list, so a
// reply made for an older code, or from a code since replaced, is told apart from a damaged one
// before anything is decrypted. `doubled` is the receiver's list times the sender's secret, in
// the receiver's order (lib/psi.ts): from it the receiver alone finds the items both keep "only
// if we both". The JSON, `{ v: 1, id, revealed }`, is sealed with a key only the two partners
// can compute (psiSharedSecret), because `revealed` names items: the sender's "only if we both"
// items that the receiver named openly in their own code. The AES-GCM associated data is the
// prefix and everything before the IV, so the digests and the doubled values are bound to the
// key too, not only to the check (which anyone can recompute).

export const REPLY_PREFIX = 'CR1-';
/** About 400 characters in practice; far more is never a reply. */
export const MAX_REPLY_CHARS = 4_000;
const MAX_REPLY_JSON_BYTES = 4_096;
const DIGEST_BYTES = 8;
const HEAD_BYTES = 2 * DIGEST_BYTES + BOTH_ITEMS_MAX * PSI_MATCH_BYTES;
const GCM_TAG_BYTES = 16;

/** Item keys, each known (bothItemKeys format), none twice, at most BOTH_ITEMS_MAX. */
const itemKeysSchema = z.array(z.string().check(z.maxLength(64))).check(
  z.maxLength(BOTH_ITEMS_MAX),
  z.refine((keys) => new Set(keys).size === keys.length, { message: 'Listed twice' }),
  z.refine((keys) => bothItemKeys(bothItemsFromKeys(keys)).length === keys.length, {
    message: 'An unknown item',
  }),
);

export const partnerReplyJsonSchema = z.strictObject({
  v: z.literal(1),
  /** The sender's code id: spots a person's own reply pasted back. */
  id: codeIdSchema,
  revealed: itemKeysSchema,
});

export interface ReplyInput {
  secret: Uint8Array;
  ownOffer: PsiOffer;
  partnerOffer: PsiOffer;
  id: string;
  revealed: string[];
}

export type PartnerReplyError =
  | 'empty'
  | 'not-a-code'
  | 'too-long'
  | 'other-version'
  | 'damaged'
  /** A CP… partner code pasted where the reply goes. */
  | 'partner-code-instead'
  /** This device's own reply pasted back. */
  | 'own-reply'
  /** Made for an earlier code of mine. */
  | 'for-older-code'
  /** Made from a code of the partner's other than the one I hold: they made a new code since. */
  | 'from-newer-code';

export interface ReplyContext {
  secret: Uint8Array;
  ownOffer: PsiOffer;
  partnerOffer: PsiOffer;
  ownCodeId: string;
  /** My "only if we both" item keys, in the order my offer was made from. */
  ownItems: readonly string[];
}

export type PartnerReplyResult =
  { ok: true; matched: string[]; revealed: string[] } | { ok: false; error: PartnerReplyError };

/** The offer a version-2 partner code carries, for my "only if we both" item keys. */
export function makePsiOffer(secret: Uint8Array, items: readonly string[]): PsiOffer {
  return { publicKey: psiPublicKey(secret), list: blindItems(secret, items, BOTH_ITEMS_MAX) };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

function aesKey(secret: Uint8Array, own: PsiOffer, partner: PsiOffer): Promise<CryptoKey> | null {
  const raw = psiSharedSecret(secret, own.publicKey, partner.publicKey);
  if (!raw) return null;
  return crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

const gcm = (iv: Uint8Array, head: Uint8Array): AesGcmParams => ({
  name: 'AES-GCM',
  iv: iv as BufferSource,
  additionalData: concatBytes(new TextEncoder().encode(REPLY_PREFIX), head) as BufferSource,
});

/** Writes my reply to the partner's code. Throws for inputs that are not a real exchange. */
export async function encodePartnerReply(input: ReplyInput): Promise<string> {
  const { secret, ownOffer, partnerOffer } = input;
  // Parse on the way out too: only a well-formed reply can ever be written.
  const json = partnerReplyJsonSchema.parse({ v: 1, id: input.id, revealed: input.revealed });
  if (!sameBytes(psiPublicKey(secret), ownOffer.publicKey)) {
    throw new Error('The secret is not the one of my offer');
  }
  if (partnerOffer.list.length !== BOTH_ITEMS_MAX || ownOffer.list.length !== BOTH_ITEMS_MAX) {
    throw new Error('An offer without a full list');
  }
  const doubled = reblindList(secret, partnerOffer.list);
  const key = aesKey(secret, ownOffer, partnerOffer);
  if (!doubled || !key) throw new Error('The partner’s offer has a bad point');
  const head = concatBytes(listDigest(partnerOffer.list), listDigest(ownOffer.list), ...doubled);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(json)));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(gcm(iv, head), await key, packed as BufferSource),
  );
  return (
    REPLY_PREFIX + bytesToBase64url(await withCheck(REPLY_PREFIX, concatBytes(head, iv, sealed)))
  );
}

/** Reads the partner's reply to my code. Never throws: every failure is a typed reason. */
export async function decodePartnerReply(
  input: unknown,
  context: ReplyContext,
): Promise<PartnerReplyResult> {
  try {
    return await decode(input, context);
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

async function decode(input: unknown, context: ReplyContext): Promise<PartnerReplyResult> {
  const fail = (error: PartnerReplyError): PartnerReplyResult => ({ ok: false, error });
  if (typeof input !== 'string') return fail('not-a-code');
  if (input.length > MAX_REPLY_CHARS * 2) return fail('too-long');
  const text = normalisePaste(input);
  if (text === '') return fail('empty');
  if (text.length > MAX_REPLY_CHARS) return fail('too-long');
  if (/^CP\d/i.test(text)) return fail('partner-code-instead');
  const match = /^CR(\d{1,4})-(.*)$/s.exec(text);
  if (!match) return fail(/^CR\d/i.test(text) ? 'damaged' : 'not-a-code');
  if (Number(match[1]) !== 1) return fail('other-version');

  const bytes = base64urlToBytes(match[2] ?? '');
  if (!bytes || bytes.length < CHECK_BYTES + HEAD_BYTES + IV_BYTES + GCM_TAG_BYTES + 1) {
    return fail('damaged');
  }
  const rest = await checkedRest(REPLY_PREFIX, bytes);
  if (!rest) return fail('damaged');
  const head = rest.slice(0, HEAD_BYTES);
  const forDigest = head.subarray(0, DIGEST_BYTES);
  const fromDigest = head.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES);

  // Which lists the reply is about, before any decryption: a reply made with another secret
  // would only fail to open, and these say why.
  const ownDigest = listDigest(context.ownOffer.list);
  const partnerDigest = listDigest(context.partnerOffer.list);
  if (sameBytes(forDigest, partnerDigest) && sameBytes(fromDigest, ownDigest)) {
    return fail('own-reply');
  }
  if (!sameBytes(forDigest, ownDigest)) return fail('for-older-code');
  if (!sameBytes(fromDigest, partnerDigest)) return fail('from-newer-code');

  const key = aesKey(context.secret, context.ownOffer, context.partnerOffer);
  if (!key) return fail('damaged');
  const iv = rest.slice(HEAD_BYTES, HEAD_BYTES + IV_BYTES);
  let packed: Uint8Array;
  try {
    packed = new Uint8Array(
      await crypto.subtle.decrypt(gcm(iv, head), await key, rest.slice(HEAD_BYTES + IV_BYTES)),
    );
  } catch {
    return fail('damaged');
  }
  const json = await inflate(packed, MAX_REPLY_JSON_BYTES);
  if (!json) return fail('damaged');
  const parsed = partnerReplyJsonSchema.safeParse(
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)),
  );
  if (!parsed.success) return fail('damaged');
  if (parsed.data.id === context.ownCodeId) return fail('own-reply');

  // My list made again from my secret and items: when it is not the list of my offer, my items
  // changed since, and the reply answers a code I no longer hold.
  const mine = blindItemsWithPlaces(context.secret, context.ownItems, BOTH_ITEMS_MAX);
  if (!sameBytes(listDigest(mine.list), ownDigest)) return fail('for-older-code');
  const doubled = Array.from({ length: BOTH_ITEMS_MAX }, (_, at) =>
    head.slice(
      2 * DIGEST_BYTES + at * PSI_MATCH_BYTES,
      2 * DIGEST_BYTES + (at + 1) * PSI_MATCH_BYTES,
    ),
  );
  const matched = matchBlinded(
    context.secret,
    context.ownItems,
    mine,
    doubled,
    context.partnerOffer.list,
  );
  if (!matched) return fail('damaged');
  return { ok: true, matched, revealed: parsed.data.revealed };
}
