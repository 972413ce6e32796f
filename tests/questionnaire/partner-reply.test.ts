import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { withCheck } from '../../src/lib/integrity.ts';
import {
  blindItems,
  listDigest,
  newPsiSecret,
  psiSharedSecret,
  reblindList,
} from '../../src/lib/psi.ts';
import {
  BOTH_ITEMS_MAX,
  bothItemKeys,
  bothItemsFromKeys,
  intersectItems,
  matchedItems,
  sharedItems,
  type MatchSide,
} from '../../src/questionnaire/both-items.ts';
import {
  decodePartnerCode,
  encodePartnerCode,
  type PsiOffer,
} from '../../src/questionnaire/partner-code.ts';
import {
  decodePartnerReply,
  encodePartnerReply,
  makePsiOffer,
  MAX_REPLY_CHARS,
  REPLY_PREFIX,
  type PartnerReplyError,
  type ReplyContext,
} from '../../src/questionnaire/partner-reply.ts';
import { emptyMarks, shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import { SEED, typicalAnswers } from '../support/couple-fixtures.ts';
import { mutated } from '../fuzz/fuzz-inputs.ts';
import {
  codeBodyBytes,
  concatBytes,
  containsBytes,
  itemUniverse,
} from '../support/psi-fixtures.ts';

// Reading a reply makes the reader's list again and reblinds the partner's (about 50 curve
// operations, some 50 ms in Node), so the properties that read real replies run 12 to 150
// times; the ones that fail before any curve work run 300 times.

interface Person {
  id: string;
  secret: Uint8Array;
  items: string[];
  offer: PsiOffer;
}

function person(id: string, items: readonly string[], secret = newPsiSecret()): Person {
  return { id, secret, items: [...items], offer: makePsiOffer(secret, items) };
}

const replyFrom = (from: Person, to: Person, revealed: string[] = [], id = from.id) =>
  encodePartnerReply({
    secret: from.secret,
    ownOffer: from.offer,
    partnerOffer: to.offer,
    id,
    revealed,
  });

const contextOf = (me: Person, partner: Person): ReplyContext => ({
  secret: me.secret,
  ownOffer: me.offer,
  partnerOffer: partner.offer,
  ownCodeId: me.id,
  ownItems: me.items,
});

const alex = person('alex-device-1', ['concern:sexual-pain', 'goal:feel-closer', 'affirming:kink']);
const sam = person('sam-device-22', ['goal:feel-closer', 'affirming:kink', 'concern:shame']);

/**
 * A reply laid out by hand, as the format says, around any JSON: what a forger holding the
 * sender's secret could make, so that the checks past decryption get tested.
 */
async function forgeReply(from: Person, to: Person, json: unknown): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    psiSharedSecret(from.secret, from.offer.publicKey, to.offer.publicKey)! as BufferSource,
    'AES-GCM',
    false,
    ['encrypt'],
  );
  const head = concatBytes(
    listDigest(to.offer.list),
    listDigest(from.offer.list),
    ...reblindList(from.secret, to.offer.list)!,
  );
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(json)));
  const additionalData = concatBytes(new TextEncoder().encode(REPLY_PREFIX), head);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData as BufferSource },
      key,
      packed as BufferSource,
    ),
  );
  const body = await withCheck(REPLY_PREFIX, concatBytes(head, iv, sealed));
  return REPLY_PREFIX + bytesToBase64url(body);
}

describe('reply round trip', () => {
  it('ends in the same matched set on both devices', async () => {
    const toSam = await replyFrom(alex, sam, ['concern:sexual-pain']);
    const toAlex = await replyFrom(sam, alex, []);
    expect(toSam).toMatch(/^CR1-[A-Za-z0-9_-]+$/);
    const atSam = await decodePartnerReply(toSam, contextOf(sam, alex));
    const atAlex = await decodePartnerReply(toAlex, contextOf(alex, sam));
    expect(atSam).toEqual({
      ok: true,
      matched: ['goal:feel-closer', 'affirming:kink'],
      revealed: ['concern:sexual-pain'],
    });
    expect(atAlex).toEqual({
      ok: true,
      matched: ['goal:feel-closer', 'affirming:kink'],
      revealed: [],
    });
  });

  it('is short: a few hundred characters, the same whatever the items kept', async () => {
    const lengths = await Promise.all([
      replyFrom(alex, sam),
      replyFrom(alex, sam, ['concern:sexual-pain']),
      replyFrom(person(alex.id, []), sam),
    ]);
    for (const reply of lengths) expect(reply.length).toBeLessThan(500);
    expect(lengths[0]!.length).toBe(lengths[2]!.length);
  });

  it('survives the wrapping and decoration of a messaging app', async () => {
    const reply = await replyFrom(alex, sam);
    const wrapped = `Reply: "${reply.slice(0, 50)}\n> ${reply.slice(50, 120)} \r\n${reply.slice(120)}".`;
    expect((await decodePartnerReply(wrapped, contextOf(sam, alex))).ok).toBe(true);
  });

  // Each person's shared answers and "only if we both" items, disjoint, from the real items.
  const sides = fc
    .shuffledSubarray([...itemUniverse], { maxLength: 2 * BOTH_ITEMS_MAX })
    .chain((items) =>
      fc.nat({ max: Math.min(items.length, BOTH_ITEMS_MAX) }).map((cut) => ({
        ifBoth: items.slice(0, cut),
        shared: items.slice(cut),
      })),
    );

  function matchSide(side: { ifBoth: string[]; shared: string[] }): MatchSide {
    const shared = bothItemsFromKeys(side.shared);
    return {
      shared: { ...shareableAnswers(typicalAnswers(), emptyMarks()), ...shared },
      ifBoth: bothItemsFromKeys(side.ifBoth),
    };
  }

  // The whole exchange apart, codes and replies, shows each partner exactly what the rule of
  // couples together shows (both-items.ts matchedItems).
  it('shows each partner what matchedItems shows on one device', async () => {
    await fc.assert(
      fc.asyncProperty(sides, sides, async (one, other) => {
        const oneSide = matchSide(one);
        const otherSide = matchSide(other);
        const a = person('alex-device-1', bothItemKeys(oneSide.ifBoth));
        const b = person('sam-device-22', bothItemKeys(otherSide.ifBoth));
        const codeOf = (p: Person, side: MatchSide) =>
          encodePartnerCode({ v: 2, id: p.id, answers: side.shared, psi: p.offer });
        const readA = await decodePartnerCode(await codeOf(a, oneSide));
        const readB = await decodePartnerCode(await codeOf(b, otherSide));
        if (!readA.ok || !readB.ok) throw new Error('A code did not read');
        const answer = (me: Person, side: MatchSide, theirs: typeof readA & { ok: true }) =>
          encodePartnerReply({
            secret: me.secret,
            ownOffer: me.offer,
            partnerOffer: theirs.payload.psi!,
            id: me.id,
            revealed: bothItemKeys(
              intersectItems(side.ifBoth, sharedItems(theirs.payload.answers)),
            ),
          });
        const atB = await decodePartnerReply(await answer(a, oneSide, readB), {
          ...contextOf(b, a),
          partnerOffer: readA.payload.psi!,
        });
        const atA = await decodePartnerReply(await answer(b, otherSide, readA), {
          ...contextOf(a, b),
          partnerOffer: readB.payload.psi!,
        });
        if (!atA.ok || !atB.ok) throw new Error('A reply did not read');
        expect(new Set(atA.matched)).toEqual(new Set(atB.matched));
        expect(bothItemsFromKeys([...atB.matched, ...atB.revealed])).toEqual(
          matchedItems(oneSide, otherSide),
        );
        expect(bothItemsFromKeys([...atA.matched, ...atA.revealed])).toEqual(
          matchedItems(otherSide, oneSide),
        );
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('replies that are refused, each with its own reason', () => {
  const atSam = contextOf(sam, alex);

  it.each<[PartnerReplyError, string]>([
    ['empty', ''],
    ['empty', '  \n\t '],
    ['not-a-code', 'hello, here is my reply'],
    ['not-a-code', 'https://example.com/'],
    ['not-a-code', 'CRX-abc'],
    ['other-version', 'CR2-AAAAAAAA'],
    ['other-version', 'CR0-AAAAAAAA'],
    ['damaged', 'CR1-'],
    ['damaged', 'CR1-abc$def'],
    ['damaged', 'CR1-AAAAAAAA'],
    ['damaged', 'CR1'],
    ['too-long', `CR1-${'A'.repeat(MAX_REPLY_CHARS)}`],
    ['too-long', 'x'.repeat(MAX_REPLY_CHARS * 2 + 1)],
    ['partner-code-instead', 'CP1-AAAAAAAA'],
    ['partner-code-instead', 'CP2S-AAAAAAAA'],
  ])('says %s for %j', async (error, text) => {
    expect(await decodePartnerReply(text, atSam)).toEqual({ ok: false, error });
  });

  it.each([null, undefined, 42, {}, ['CR1-']])('says not-a-code for %j', async (input) => {
    expect(await decodePartnerReply(input, atSam)).toEqual({ ok: false, error: 'not-a-code' });
  });

  it('reads the partner’s real reply (the control for every row here)', async () => {
    expect((await decodePartnerReply(await replyFrom(alex, sam), atSam)).ok).toBe(true);
  });

  it.each([
    ['version 1', undefined],
    ['version 2', alex.offer],
    ['version 2, sealed', alex.offer],
  ])('says partner-code-instead for a real partner code, %s', async (name, psi) => {
    const answers = shareableAnswers(typicalAnswers(), emptyMarks());
    const code = await encodePartnerCode(
      { v: psi ? 2 : 1, id: alex.id, answers, ...(psi ? { psi } : {}) },
      name.endsWith('sealed') ? { passphrase: 'pw', iterations: 1_000 } : {},
    );
    expect(await decodePartnerReply(code, atSam)).toEqual({
      ok: false,
      error: 'partner-code-instead',
    });
  });

  it('says own-reply for my own reply pasted back', async () => {
    const mine = await replyFrom(sam, alex);
    expect(await decodePartnerReply(mine, atSam)).toEqual({ ok: false, error: 'own-reply' });
  });

  it('says own-reply for a reply that carries my own code id', async () => {
    const reply = await replyFrom(alex, sam, [], sam.id);
    expect(await decodePartnerReply(reply, atSam)).toEqual({ ok: false, error: 'own-reply' });
    expect((await decodePartnerReply(reply, { ...atSam, ownCodeId: 'another-device' })).ok).toBe(
      true,
    );
  });

  it('says for-older-code for a reply to an earlier code of mine, with another secret', async () => {
    const newSam = person(sam.id, sam.items);
    const reply = await replyFrom(alex, sam);
    expect(await decodePartnerReply(reply, contextOf(newSam, alex))).toEqual({
      ok: false,
      error: 'for-older-code',
    });
  });

  it('says for-older-code for a reply to my list before my items changed', async () => {
    const changed = person(sam.id, [...sam.items, 'goal:less-pain'], sam.secret);
    const reply = await replyFrom(alex, sam);
    expect(await decodePartnerReply(reply, contextOf(changed, alex))).toEqual({
      ok: false,
      error: 'for-older-code',
    });
  });

  it('says for-older-code when my items changed since the offer I still hold', async () => {
    const reply = await replyFrom(alex, sam);
    expect(
      await decodePartnerReply(reply, { ...atSam, ownItems: [...sam.items, 'goal:less-pain'] }),
    ).toEqual({ ok: false, error: 'for-older-code' });
  });

  it('says from-newer-code for a reply from a code of the partner’s I do not hold', async () => {
    const newAlex = person(alex.id, [...alex.items, 'concern:aging']);
    const reply = await replyFrom(newAlex, sam);
    expect(await decodePartnerReply(reply, atSam)).toEqual({
      ok: false,
      error: 'from-newer-code',
    });
    expect((await decodePartnerReply(reply, contextOf(sam, newAlex))).ok).toBe(true);
  });

  it('says damaged for a reply cut short', async () => {
    const reply = await replyFrom(alex, sam);
    for (const keep of [4, 10, 200, reply.length - 1, reply.length - 5]) {
      expect(await decodePartnerReply(reply.slice(0, keep), atSam)).toEqual({
        ok: false,
        error: 'damaged',
      });
    }
  });

  it('says damaged for a reply read with another secret than the offer’s', async () => {
    const reply = await replyFrom(alex, sam);
    expect(await decodePartnerReply(reply, { ...atSam, secret: newPsiSecret() })).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  // With a fresh check, so only the encryption can catch the change: the digests, the doubled
  // values and the IV are bound to the key (associated data), the ciphertext by AES-GCM itself.
  it.each([
    ['the doubled values', 16 + 5],
    ['the last doubled value', 16 + BOTH_ITEMS_MAX * 12 - 1],
    ['the IV', 16 + BOTH_ITEMS_MAX * 12 + 3],
    ['the ciphertext', 16 + BOTH_ITEMS_MAX * 12 + 12 + 2],
    ['the tag', -1],
  ])('says damaged for a byte changed in %s, given a fresh check', async (_name, at) => {
    const rest = codeBodyBytes(await replyFrom(alex, sam)).slice(4);
    rest[at < 0 ? rest.length + at : at]! ^= 0x10;
    const forged = REPLY_PREFIX + bytesToBase64url(await withCheck(REPLY_PREFIX, rest));
    expect(await decodePartnerReply(forged, atSam)).toEqual({ ok: false, error: 'damaged' });
  });

  it('reads a hand-made reply (the control for the forged rows below)', async () => {
    const reply = await forgeReply(alex, sam, { v: 1, id: alex.id, revealed: ['concern:shame'] });
    expect(await decodePartnerReply(reply, atSam)).toEqual({
      ok: true,
      matched: ['goal:feel-closer', 'affirming:kink'],
      revealed: ['concern:shame'],
    });
  });

  it.each([
    ['an unknown item', { v: 1, id: alex.id, revealed: ['concern:not-a-thing'] }],
    ['an item twice', { v: 1, id: alex.id, revealed: ['goal:feel-closer', 'goal:feel-closer'] }],
    ['too many items', { v: 1, id: alex.id, revealed: itemUniverse.slice(0, BOTH_ITEMS_MAX + 1) }],
    ['another version', { v: 2, id: alex.id, revealed: [] }],
    ['no id', { v: 1, revealed: [] }],
    ['a short id', { v: 1, id: 'abc', revealed: [] }],
    ['an extra field', { v: 1, id: alex.id, revealed: [], matched: ['concern:shame'] }],
    ['revealed as text', { v: 1, id: alex.id, revealed: 'concern:shame' }],
    ['not an object', ['concern:shame']],
  ])('says damaged for a reply with %s', async (_name, json) => {
    expect(await decodePartnerReply(await forgeReply(alex, sam, json), atSam)).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('says damaged for JSON that inflates past 4 KB', async () => {
    const json = { v: 1, id: alex.id, revealed: [], padding: ' '.repeat(5_000) };
    expect(await decodePartnerReply(await forgeReply(alex, sam, json), atSam)).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('refuses to write a reply that could not be read', async () => {
    const bad = { secret: alex.secret, ownOffer: alex.offer, partnerOffer: sam.offer, id: alex.id };
    await expect(encodePartnerReply({ ...bad, revealed: ['concern:nope'] })).rejects.toThrow();
    await expect(encodePartnerReply({ ...bad, revealed: ['goal:feel-closer', 'goal:feel-closer'] })).rejects.toThrow();
    await expect(encodePartnerReply({ ...bad, revealed: [], id: 'x' })).rejects.toThrow();
    await expect(encodePartnerReply({ ...bad, revealed: [], secret: sam.secret })).rejects.toThrow();
    const broken = { ...sam.offer, list: [new Uint8Array(32), ...sam.offer.list.slice(1)] };
    await expect(encodePartnerReply({ ...bad, revealed: [], partnerOffer: broken })).rejects.toThrow();
    await expect(encodePartnerReply({ ...bad, revealed: [], partnerOffer: { ...sam.offer, list: sam.offer.list.slice(1) } })).rejects.toThrow();
  }); // prettier-ignore
});

describe('a reply never throws and never reads as another', () => {
  const atSam = contextOf(sam, alex);
  const errors: PartnerReplyError[] = ['empty', 'not-a-code', 'too-long', 'other-version', 'damaged', 'partner-code-instead', 'own-reply', 'for-older-code', 'from-newer-code']; // prettier-ignore

  it('gives a typed error for any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ maxLength: 400 }).map((tail) => `CR1-${tail}`),
          fc.stringMatching(/^CR\d{1,3}-[A-Za-z0-9_-]{0,500}$/),
          fc.uint8Array({ maxLength: 400 }).map((bytes) => `CR1-${bytesToBase64url(bytes)}`),
        ),
        async (text) => {
          const result = await decodePartnerReply(text, atSam);
          if (result.ok) throw new Error(`read junk: ${text}`);
          expect(errors).toContain(result.error);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('refuses any cut, splice or changed character of a real reply, or reads it the same', async () => {
    const reply = await replyFrom(alex, sam, ['concern:sexual-pain']);
    const original = await decodePartnerReply(reply, atSam);
    expect(original.ok).toBe(true);
    const oneChange = fc
      .tuple(fc.nat({ max: reply.length - 1 }), fc.constantFrom(...'AZaz09-_'))
      .map(([at, char]) => reply.slice(0, at) + char + reply.slice(at + 1));
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(reply), oneChange), async (text) => {
        const result = await decodePartnerReply(text, atSam);
        if (result.ok) expect(result).toEqual(original);
        else expect(errors).toContain(result.error);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('carries no item anyone without a secret could find', async () => {
    const bytes = codeBodyBytes(await replyFrom(alex, sam));
    const wrong = newPsiSecret();
    for (const item of itemUniverse) {
      const samsPoint = blindItems(sam.secret, [item], 1);
      // What a guess without Alex's secret makes, for every item there is: Sam's own point for
      // the item times another secret, or the item under two wrong secrets.
      for (const guessed of [
        reblindList(wrong, samsPoint)![0]!,
        reblindList(wrong, blindItems(wrong, [item], 1))![0]!,
      ]) {
        expect(containsBytes(bytes, guessed)).toBe(false);
      }
      // The control: with Alex's secret, the value is there for exactly Sam's items.
      expect(containsBytes(bytes, reblindList(alex.secret, samsPoint)![0]!)).toBe(
        sam.items.includes(item),
      );
    }
  });
});
