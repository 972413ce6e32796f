import fc from 'fast-check';
import { base64urlToBytes } from '../../src/lib/base64url.ts';
import {
  blindItems,
  matchItems,
  newPsiSecret,
  psiPublicKey,
  reblindList,
} from '../../src/lib/psi.ts';
import { BOTH_ITEMS_MAX, bothItemKeys } from '../../src/questionnaire/both-items.ts';
import { affirmingValues, concernIds, goalIds } from '../../src/questionnaire/ids.ts';
import type { PsiOffer } from '../../src/questionnaire/psi-offer.ts';

/** Every item a person can keep "only if we both": 31 topics, 15 hopes, 5 interests. */
export const itemUniverse: readonly string[] = bothItemKeys({
  concerns: [...concernIds],
  goals: [...goalIds],
  affirming: [...affirmingValues],
});

/** A set of 0..16 item keys, as one partner may keep "only if we both". */
export const itemSetArbitrary = fc.uniqueArray(fc.constantFrom(...itemUniverse), {
  maxLength: BOTH_ITEMS_MAX,
});

export interface Party {
  secret: Uint8Array;
  items: string[];
  offer: PsiOffer;
}

export function party(items: readonly string[], secret = newPsiSecret()): Party {
  return {
    secret,
    items: [...items],
    offer: { publicKey: psiPublicKey(secret), list: blindItems(secret, items, BOTH_ITEMS_MAX) },
  };
}

/** The whole exchange: each reblinds the other's list, then each finds its matches. */
export function exchange(one: Party, other: Party): { one: string[]; other: string[] } {
  const forOne = reblindList(other.secret, one.offer.list);
  const forOther = reblindList(one.secret, other.offer.list);
  if (!forOne || !forOther) throw new Error('A valid list was refused');
  const oneMatches = matchItems(one.secret, one.items, BOTH_ITEMS_MAX, forOne, other.offer.list);
  const otherMatches = matchItems(
    other.secret,
    other.items,
    BOTH_ITEMS_MAX,
    forOther,
    one.offer.list,
  );
  if (!oneMatches || !otherMatches) throw new Error('A valid reply was refused');
  return { one: oneMatches, other: otherMatches };
}

export const intersection = (one: readonly string[], other: readonly string[]) =>
  one.filter((item) => other.includes(item));

/** The bytes of a code's body: everything after its "XX1-" prefix, base64url-decoded. */
export function codeBodyBytes(code: string): Uint8Array {
  const bytes = base64urlToBytes(code.slice(code.indexOf('-') + 1));
  if (!bytes) throw new Error(`Not a code: ${code.slice(0, 12)}…`);
  return bytes;
}

/** Whether `needle` appears in `haystack` at any offset, aligned or not. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let at = 0; at + needle.length <= haystack.length; at += 1) {
    for (let i = 0; i < needle.length; i += 1) {
      if (haystack[at + i] !== needle[i]) continue outer;
    }
    return true;
  }
  return false;
}

export const concatBytes = (...parts: Uint8Array[]) =>
  new Uint8Array(parts.flatMap((part) => [...part]));
