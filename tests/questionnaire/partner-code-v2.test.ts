import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import { withCheck } from '../../src/lib/integrity.ts';
import { newPsiSecret, PSI_ITEM_DST, PSI_POINT_BYTES, blindItems } from '../../src/lib/psi.ts';
import { BOTH_ITEMS_MAX } from '../../src/questionnaire/both-items.ts';
import {
  decodePartnerCode,
  encodePartnerCode,
  PARTNER_CODE_VERSION,
  type PartnerCodePayload,
  type PsiOffer,
} from '../../src/questionnaire/partner-code.ts';
import { emptyMarks, shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import { offerToBytes, PSI_OFFER_BYTES } from '../../src/questionnaire/psi-offer.ts';
import { answersWithMarksArbitrary, SEED, typicalAnswers } from '../support/couple-fixtures.ts';
import {
  codeBodyBytes,
  concatBytes,
  containsBytes,
  itemSetArbitrary,
  itemUniverse,
  party,
} from '../support/psi-fixtures.ts';

// Version 2: a private set intersection offer (public key and 16 blinded points) travels in
// front of the JSON, inside the check and, when sealed, inside the encryption.
// Making an offer costs some 30 curve operations (about 30 ms in Node), so properties that make
// a fresh offer each run keep to a few dozen runs.
const FAST = 1_000;
const ID = 'device-id-123';
const sealedWith = { passphrase: 'blue kettle 42', iterations: FAST };
const alex = party(['concern:sexual-pain', 'goal:feel-closer', 'affirming:kink']);

function payloadOf(psi: PsiOffer | undefined, answers = typicalAnswers()): PartnerCodePayload {
  const payload: PartnerCodePayload = {
    v: psi ? 2 : 1,
    id: ID,
    name: 'Alex',
    answers: shareableAnswers(answers, emptyMarks()),
  };
  return psi ? { ...payload, psi } : payload;
}

/** A plain version-2 code with a correct check around any offer bytes and JSON. */
async function forge(offer: Uint8Array, json: unknown, prefix = 'CP2-'): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(json)));
  return prefix + bytesToBase64url(await withCheck(prefix, concatBytes(offer, packed)));
}

const identity = new Uint8Array(PSI_POINT_BYTES);
const notAPoint = new Uint8Array(PSI_POINT_BYTES).fill(0xff);
const withPoint = (offer: PsiOffer, at: number, point: Uint8Array): PsiOffer => ({
  publicKey: offer.publicKey,
  list: offer.list.map((p, i) => (i === at ? point : p)),
});

describe('partner code version 2', () => {
  it('is the version written when an offer is given', () => {
    expect(PARTNER_CODE_VERSION).toBe(2);
    expect(PSI_OFFER_BYTES).toBe(PSI_POINT_BYTES * (1 + BOTH_ITEMS_MAX));
  });

  it('reads back a plain code with its offer exactly', async () => {
    const payload = payloadOf(alex.offer);
    const code = await encodePartnerCode(payload);
    expect(code).toMatch(/^CP2-[A-Za-z0-9_-]+$/);
    expect(await decodePartnerCode(code)).toEqual({ ok: true, payload, sealed: false });
  });

  it('reads back a sealed code with its offer, given the passphrase', async () => {
    const payload = payloadOf(alex.offer);
    const code = await encodePartnerCode(payload, sealedWith);
    expect(code).toMatch(/^CP2S-/);
    expect(await decodePartnerCode(code, sealedWith)).toEqual({ ok: true, payload, sealed: true });
    expect(await decodePartnerCode(code)).toEqual({ ok: false, error: 'needs-passphrase' });
    expect(await decodePartnerCode(code, { ...sealedWith, passphrase: 'blue kettle 43' })).toEqual({
      ok: false,
      error: 'wrong-passphrase',
    });
  });

  it.each([
    ['an offer, whatever v says', 1, true, 'CP2-', 2],
    ['an offer', 2, true, 'CP2-', 2],
    ['no offer, whatever v says', 2, false, 'CP1-', 1],
    ['no offer', 1, false, 'CP1-', 1],
  ] as const)('writes the layout of its content: %s', async (_name, v, withOffer, prefix, read) => {
    const payload = { ...payloadOf(withOffer ? alex.offer : undefined), v };
    const code = await encodePartnerCode(payload);
    expect(code.startsWith(prefix)).toBe(true);
    const result = await decodePartnerCode(code);
    if (!result.ok) throw new Error(result.error);
    expect(result.payload.v).toBe(read);
    expect(result.payload.psi !== undefined).toBe(withOffer);
  });

  it('round-trips any shareable answers with any offer', async () => {
    await fc.assert(
      fc.asyncProperty(answersWithMarksArbitrary, itemSetArbitrary, async (both, items) => {
        const payload = {
          ...payloadOf(party(items).offer),
          answers: shareableAnswers(both.answers, both.marks),
        };
        expect(await decodePartnerCode(await encodePartnerCode(payload))).toEqual({
          ok: true,
          payload,
          sealed: false,
        });
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('spots the person’s own version-2 code pasted back', async () => {
    const code = await encodePartnerCode(payloadOf(alex.offer));
    expect(await decodePartnerCode(code, { ownCodeId: ID })).toEqual({
      ok: false,
      error: 'own-code',
    });
  });
});

describe('a code’s length says nothing about items kept "only if we both"', () => {
  it.each([
    ['plain', undefined],
    ['sealed', sealedWith],
  ])('is the same for 0 to 16 such items, %s', async (_name, options) => {
    const lengths = new Set<number>();
    for (let count = 0; count <= BOTH_ITEMS_MAX; count += 1) {
      const items = itemUniverse.slice(count * 2, count * 2 + count);
      const code = await encodePartnerCode(payloadOf(party(items).offer), options);
      lengths.add(code.length);
    }
    expect(lengths.size).toBe(1);
  });

  it('holds for any shareable answers and any two item sets', async () => {
    await fc.assert(
      fc.asyncProperty(
        answersWithMarksArbitrary,
        itemSetArbitrary,
        itemSetArbitrary,
        async ({ answers, marks }, one, other) => {
          const code = (items: string[]) =>
            encodePartnerCode({
              ...payloadOf(party(items).offer),
              answers: shareableAnswers(answers, marks),
            });
          expect((await code(one)).length).toBe((await code(other)).length);
        },
      ),
      { seed: SEED, numRuns: 15 },
    );
  });
});

describe('what a version-2 code never gives away', () => {
  const hashed = (item: string) =>
    ristretto255_hasher.hashToCurve(new TextEncoder().encode(item), { DST: PSI_ITEM_DST });

  // Brute force over every item a person can keep "only if we both", on the code's decoded
  // bytes: the bare hash, or the hash times another secret, is nowhere in them; the hash times
  // the right secret is there for exactly the items kept (the control).
  it('holds no item anyone without the secret could find, plain', async () => {
    await fc.assert(
      fc.asyncProperty(itemSetArbitrary, async (items) => {
        const someone = party(items);
        const bytes = codeBodyBytes(await encodePartnerCode(payloadOf(someone.offer)));
        const wrong = newPsiSecret();
        const secret = ristretto255.Point.Fn.fromBytes(someone.secret);
        for (const item of itemUniverse) {
          const point = hashed(item);
          expect(containsBytes(bytes, point.toBytes())).toBe(false);
          expect(containsBytes(bytes, blindItems(wrong, [item], 1)[0]!)).toBe(false);
          expect(containsBytes(bytes, point.multiply(secret).toBytes())).toBe(items.includes(item));
        }
      }),
      { seed: SEED, numRuns: 4 },
    );
  });

  it('shows not even the blinded points when sealed', async () => {
    const bytes = codeBodyBytes(await encodePartnerCode(payloadOf(alex.offer), sealedWith));
    expect(containsBytes(bytes, alex.offer.publicKey)).toBe(false);
    for (const point of alex.offer.list) expect(containsBytes(bytes, point)).toBe(false);
    // The control: the plain code does show them.
    const plain = codeBodyBytes(await encodePartnerCode(payloadOf(alex.offer)));
    expect(containsBytes(plain, offerToBytes(alex.offer))).toBe(true);
  });
});

describe('version-2 codes that are refused', () => {
  const json = { v: 2, id: ID, name: 'Alex', answers: payloadOf(undefined).answers };

  it('reads a well-forged code (the control for the rows below)', async () => {
    const result = await decodePartnerCode(await forge(offerToBytes(alex.offer), json));
    expect(result).toEqual({ ok: true, payload: { ...json, psi: alex.offer }, sealed: false });
  });

  it.each([
    ['the identity as the public key', offerToBytes({ ...alex.offer, publicKey: identity }), json],
    ['bytes that are no point as the public key', offerToBytes({ ...alex.offer, publicKey: notAPoint }), json],
    ['the identity in the list', offerToBytes(withPoint(alex.offer, 5, identity)), json],
    ['bytes that are no point in the list', offerToBytes(withPoint(alex.offer, 15, notAPoint)), json],
    ['a point twice in the list', offerToBytes(withPoint(alex.offer, 1, alex.offer.list[0]!)), json],
    ['an offer one point short', offerToBytes(alex.offer).slice(PSI_POINT_BYTES), json],
    ['JSON that says version 1', offerToBytes(alex.offer), { ...json, v: 1 }],
    ['JSON of another version', offerToBytes(alex.offer), { ...json, v: 3 }],
    ['an offer and no JSON', offerToBytes(alex.offer), undefined],
  ])('says damaged for a forged code with %s', async (_name, offer, body) => {
    const code =
      body === undefined
        ? `CP2-${bytesToBase64url(await withCheck('CP2-', offer))}`
        : await forge(offer, body);
    expect(await decodePartnerCode(code)).toEqual({ ok: false, error: 'damaged' });
  }); // prettier-ignore

  it('says damaged for a version-1 code whose JSON says version 2', async () => {
    const packed = await deflate(new TextEncoder().encode(JSON.stringify(json)));
    const code = `CP1-${bytesToBase64url(await withCheck('CP1-', packed))}`;
    expect(await decodePartnerCode(code)).toEqual({ ok: false, error: 'damaged' });
  });

  it('says damaged for a version-1 body under a version-2 prefix', async () => {
    const v1 = await encodePartnerCode(payloadOf(undefined));
    expect(await decodePartnerCode(`CP2-${v1.slice(4)}`)).toEqual({ ok: false, error: 'damaged' });
  });

  it.each([
    ['other-version', 'CP3-AAAAAAAA'],
    ['other-version', 'CP0S-AAAAAAAA'],
    ['damaged', 'CP2-AAAAAAAA'],
    ['damaged', 'CP2S-AAAAAAAA'],
    ['damaged', 'CP2-'],
  ])('says %s for %j', async (error, text) => {
    expect(await decodePartnerCode(text)).toEqual({ ok: false, error });
  });

  it('refuses a code cut short, plain or sealed', async () => {
    for (const options of [undefined, sealedWith]) {
      const code = await encodePartnerCode(payloadOf(alex.offer), options);
      for (const keep of [5, 40, 700, code.length - 1]) {
        expect(await decodePartnerCode(code.slice(0, keep), options)).toEqual({
          ok: false,
          error: 'damaged',
        });
      }
    }
  });

  it('refuses any changed character', async () => {
    const code = await encodePartnerCode(payloadOf(alex.offer));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: code.length - 1 }),
        fc.constantFrom(...'ABCxyz019-_'),
        async (at, char) => {
          fc.pre(code[at] !== char);
          const tampered = code.slice(0, at) + char + code.slice(at + 1);
          expect((await decodePartnerCode(tampered)).ok).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it.each([
    ['a list one point short', { ...alex.offer, list: alex.offer.list.slice(1) }],
    ['a list one point long', { ...alex.offer, list: [...alex.offer.list, alex.offer.publicKey] }],
    ['the identity in the list', withPoint(alex.offer, 0, identity)],
    ['a point twice', withPoint(alex.offer, 1, alex.offer.list[0]!)],
    ['a short public key', { ...alex.offer, publicKey: alex.offer.publicKey.slice(1) }],
  ])('refuses to write an offer with %s', async (_name, offer) => {
    await expect(encodePartnerCode(payloadOf(offer))).rejects.toThrow();
  });

  it('never throws, whatever follows a version-2 prefix', async () => {
    const code = await encodePartnerCode(payloadOf(alex.offer));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }).map((tail) => `CP2-${tail}`),
          fc.string({ maxLength: 300 }).map((tail) => `CP2S-${tail}`),
          fc.nat({ max: code.length }).map((cut) => code.slice(0, cut)),
          fc.uint8Array({ maxLength: 700 }).map((bytes) => `CP2-${bytesToBase64url(bytes)}`),
        ),
        async (text) => {
          const result = await decodePartnerCode(text, { passphrase: 'p', iterations: 10 });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
