import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { numberToBytesLE } from '@noble/curves/utils.js';
import {
  blindItems,
  blindItemsWithPlaces,
  isPsiList,
  isPsiPoint,
  isPsiSecret,
  listDigest,
  matchItems,
  newPsiSecret,
  PSI_ITEM_DST,
  PSI_MATCH_BYTES,
  PSI_POINT_BYTES,
  psiPublicKey,
  psiSharedSecret,
  reblindList,
} from '../../src/lib/psi.ts';
import { BOTH_ITEMS_MAX } from '../../src/questionnaire/both-items.ts';
import { PSI_OFFER_BYTES } from '../../src/questionnaire/psi-offer.ts';
import { SEED } from '../support/couple-fixtures.ts';
import {
  concatBytes,
  containsBytes,
  exchange,
  intersection,
  itemSetArbitrary,
  itemUniverse,
  party,
} from '../support/psi-fixtures.ts';

// Every exchange costs about a hundred curve operations (some 0.1 s in Node), so the
// properties here run 25 to 40 times, not the hundreds the cheaper codecs get.
const RUNS = 30;
const MAX = BOTH_ITEMS_MAX;
const ORDER = ristretto255.Point.Fn.ORDER;
const scalarBytes = (value: bigint) => numberToBytesLE(value, 32);
/** The scalar 1: "blinding" with it leaves a point as it is, which is what no secret means. */
const ONE = scalarBytes(1n);
const hashed = (item: string) =>
  ristretto255_hasher.hashToCurve(new TextEncoder().encode(item), { DST: PSI_ITEM_DST });
const identity = new Uint8Array(32);
const notAPoint = new Uint8Array(32).fill(0xff);

describe('secrets and public keys', () => {
  it('makes fresh valid secrets, 32 bytes each', () => {
    const secrets = Array.from({ length: 20 }, newPsiSecret);
    for (const secret of secrets) {
      expect(secret).toHaveLength(32);
      expect(isPsiSecret(secret)).toBe(true);
    }
    expect(new Set(secrets.map((s) => s.join())).size).toBe(20);
  });

  it.each([
    ['1', scalarBytes(1n), true],
    ['order − 1', scalarBytes(ORDER - 1n), true],
    ['a fresh secret', newPsiSecret(), true],
    ['0', scalarBytes(0n), false],
    ['the order itself', scalarBytes(ORDER), false],
    ['order + 1 (not canonical)', scalarBytes(ORDER + 1n), false],
    ['all 0xff', new Uint8Array(32).fill(0xff), false],
    ['31 bytes', new Uint8Array(31).fill(1), false],
    ['33 bytes', new Uint8Array(33).fill(1), false],
  ])('isPsiSecret(%s) is %s', (_name, bytes, expected) => {
    expect(isPsiSecret(bytes)).toBe(expected);
  });

  it('gives each secret its own public key, a valid point', () => {
    const one = psiPublicKey(newPsiSecret());
    const other = psiPublicKey(newPsiSecret());
    expect(one).toHaveLength(PSI_POINT_BYTES);
    expect(isPsiPoint(one)).toBe(true);
    expect(one).not.toEqual(other);
    expect(psiPublicKey(ONE)).toEqual(ristretto255.Point.BASE.toBytes());
  });

  it('refuses to make a public key from a bad secret', () => {
    expect(() => psiPublicKey(scalarBytes(0n))).toThrow();
    expect(() => psiPublicKey(new Uint8Array(16))).toThrow();
  });
});

describe('blinding a list', () => {
  const secret = newPsiSecret();
  const items = ['concern:sexual-pain', 'goal:feel-closer', 'affirming:kink'];

  it.each([0, 1, 3, MAX])('always gives exactly `size` distinct valid points (size %i)', (size) => {
    const list = blindItems(secret, items.slice(0, Math.min(size, 3)), size);
    expect(list).toHaveLength(size);
    expect(isPsiList(list)).toBe(true);
  });

  it('sorts the list bytewise, so the items hide among the decoys', () => {
    const list = blindItems(secret, items, MAX);
    const hexes = list.map((point) => Buffer.from(point).toString('hex'));
    expect(hexes).toEqual([...hexes].sort());
  });

  it('can be made again from the secret and the items alone, in any item order', () => {
    expect(blindItems(secret, items, MAX)).toEqual(blindItems(secret, items, MAX));
    expect(blindItems(secret, [...items].reverse(), MAX)).toEqual(blindItems(secret, items, MAX));
  });

  it('differs completely with another secret, items and decoys alike', () => {
    const mine = blindItems(secret, items, MAX).map((p) => p.join());
    const theirs = blindItems(newPsiSecret(), items, MAX).map((p) => p.join());
    expect(mine.filter((point) => theirs.includes(point))).toEqual([]);
  });

  it('says where each item stands in the sorted list', () => {
    const { list, places } = blindItemsWithPlaces(secret, items, MAX);
    expect(new Set(places).size).toBe(items.length);
    items.forEach((item, i) => {
      expect(list[places[i]!]).toEqual(blindItems(secret, [item], 1)[0]);
    });
  });

  it.each([
    ['more items than the size', itemUniverse.slice(0, MAX + 1), MAX],
    ['one item too many for a small size', items, 2],
    ['an item twice', ['goal:feel-closer', 'goal:feel-closer'], MAX],
    ['a size that is not a count', items, 3.5],
  ])('throws for %s', (_name, list, size) => {
    expect(() => blindItems(secret, list, size)).toThrow();
  });

  it('throws for a bad secret', () => {
    expect(() => blindItems(scalarBytes(0n), items, MAX)).toThrow();
  });
});

describe('the match between two partners', () => {
  it('finds the same items on both sides for two random parties', () => {
    const one = party(['concern:low-desire', 'goal:feel-closer', 'affirming:cnm']);
    const other = party(['goal:feel-closer', 'concern:shame', 'affirming:cnm']);
    const { one: mine, other: theirs } = exchange(one, other);
    expect(mine).toEqual(['goal:feel-closer', 'affirming:cnm']);
    expect(theirs).toEqual(['goal:feel-closer', 'affirming:cnm']);
  });

  const first16 = itemUniverse.slice(0, MAX);
  const last16 = itemUniverse.slice(-MAX);
  it.each([
    ['none on either side', [], [], []],
    ['items on one side only', ['concern:shame', 'goal:more-desire'], [], []],
    ['disjoint sets', ['concern:shame', 'goal:more-desire'], ['concern:aging', 'affirming:lgbtq'], []], // prettier-ignore
    ['one in common', ['concern:shame', 'goal:more-desire'], ['goal:more-desire', 'concern:aging'], ['goal:more-desire']], // prettier-ignore
    ['all in common', ['concern:shame', 'affirming:gender'], ['affirming:gender', 'concern:shame'], ['concern:shame', 'affirming:gender']], // prettier-ignore
    ['a subset', ['concern:shame'], ['concern:shame', 'affirming:gender', 'goal:less-pain'], ['concern:shame']], // prettier-ignore
    ['a full 16 against the same 16', first16, [...first16].reverse(), first16],
    ['a full 16 against another full 16', first16, last16, intersection(first16, last16)],
    ['a full 16 against 16 that share 8', first16, itemUniverse.slice(8, 8 + MAX), first16.slice(8)], // prettier-ignore
  ])('%s', (_name, mine, theirs, expected) => {
    const result = exchange(party(mine), party(theirs));
    expect(result.one).toEqual(expected);
    expect(new Set(result.other)).toEqual(new Set(expected));
  });

  it('finds exactly the set intersection, on both sides, for any two sets of 0..16 items', () => {
    fc.assert(
      fc.property(itemSetArbitrary, itemSetArbitrary, (mine, theirs) => {
        const result = exchange(party(mine), party(theirs));
        expect(result.one).toEqual(intersection(mine, theirs));
        expect(result.other).toEqual(intersection(theirs, mine));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never matches a decoy: a list of decoys only matches nothing, whatever the other holds', () => {
    fc.assert(
      fc.property(itemSetArbitrary, (theirs) => {
        const result = exchange(party([]), party(theirs));
        expect(result).toEqual({ one: [], other: [] });
      }),
      { seed: SEED, numRuns: 10 },
    );
  });

  it('matches nothing when one partner answers with a list made under another secret', () => {
    const one = party(['concern:shame', 'goal:less-pain']);
    const other = party(['concern:shame', 'goal:less-pain']);
    const stale = party(other.items);
    const doubled = reblindList(other.secret, one.offer.list)!;
    expect(matchItems(one.secret, one.items, MAX, doubled, stale.offer.list)).toEqual([]);
    expect(matchItems(one.secret, one.items, MAX, doubled, other.offer.list)).toEqual(one.items);
  });
});

describe('inputs that are refused', () => {
  const secret = newPsiSecret();
  const good = party(['concern:shame']).offer.list;

  it.each([
    ['the identity', [identity, ...good.slice(1)]],
    ['bytes that are no point', [notAPoint, ...good.slice(1)]],
    ['a point of 31 bytes', [good[0]!.slice(1), ...good.slice(1)]],
    ['a point of 33 bytes', [concatBytes(good[0]!, new Uint8Array(1)), ...good.slice(1)]],
    ['a point twice', [good[1]!, ...good.slice(1)]],
  ])('reblindList gives null for a list with %s', (_name, list) => {
    expect(reblindList(secret, list)).toBeNull();
  });

  it('reblindList answers a good list in the same order, with short values', () => {
    const doubled = reblindList(secret, good)!;
    expect(doubled).toHaveLength(good.length);
    for (const value of doubled) expect(value).toHaveLength(PSI_MATCH_BYTES);
    expect(reblindList(secret, [...good].reverse())).toEqual([...doubled].reverse());
  });

  it.each([
    ['a bad secret', scalarBytes(0n)],
    ['a short secret', new Uint8Array(8)],
  ])('reblindList gives null for %s', (_name, bad) => {
    expect(reblindList(bad, good)).toBeNull();
  });

  const one = party(['concern:shame', 'goal:less-pain']);
  const other = party(['goal:less-pain']);
  const doubled = reblindList(other.secret, one.offer.list)!;
  it.each<[string, Partial<{ secret: Uint8Array; items: string[]; size: number; doubled: Uint8Array[]; list: Uint8Array[] }>]>([
    ['a bad secret', { secret: scalarBytes(0n) }],
    ['more items than the size', { items: itemUniverse.slice(0, MAX + 1) }],
    ['an item twice', { items: ['goal:less-pain', 'goal:less-pain'] }],
    ['a size that is not a count', { size: -1 }],
    ['a size other than the reply’s', { size: MAX - 1 }],
    ['a reply one value short', { doubled: doubled.slice(1) }],
    ['a reply with a value too short', { doubled: [doubled[0]!.slice(1), ...doubled.slice(1)] }],
    ['a reply with a value twice', { doubled: [doubled[1]!, ...doubled.slice(1)] }],
    ['a partner list one point short', { list: other.offer.list.slice(1) }],
    ['a partner list with the identity', { list: [identity, ...other.offer.list.slice(1)] }],
    ['a partner list with a bad point', { list: [notAPoint, ...other.offer.list.slice(1)] }],
  ])('matchItems gives null for %s', (_name, change) => {
    const result = matchItems(
      change.secret ?? one.secret,
      change.items ?? one.items,
      change.size ?? MAX,
      change.doubled ?? doubled,
      change.list ?? other.offer.list,
    );
    expect(result).toBeNull();
  }); // prettier-ignore

  it('matchItems matches nothing for a reply of random values of the right shape', () => {
    const random = doubled.map(() => crypto.getRandomValues(new Uint8Array(PSI_MATCH_BYTES)));
    expect(matchItems(one.secret, one.items, MAX, random, other.offer.list)).toEqual([]);
  });

  it('matchItems gives the match for the same inputs unchanged (the control)', () => {
    expect(matchItems(one.secret, one.items, MAX, doubled, other.offer.list)).toEqual([
      'goal:less-pain',
    ]);
  });
});

describe('list digests', () => {
  const list = party(['concern:shame', 'goal:less-pain']).offer.list;

  it('is 8 bytes and the same for the same list', () => {
    expect(listDigest(list)).toHaveLength(8);
    expect(listDigest(list.map((point) => point.slice()))).toEqual(listDigest(list));
  });

  it.each([
    ['another list', party(['concern:shame', 'goal:less-pain']).offer.list],
    ['the same points in another order', [...list].reverse()],
    ['one point fewer', list.slice(1)],
    ['one bit changed', list.map((p, i) => (i === 3 ? p.map((b, j) => (j === 0 ? b ^ 1 : b)) : p))],
    ['the same bytes split differently', [concatBytes(list[0]!, list[1]!), ...list.slice(2)]],
    ['an empty list', []],
  ])('changes for %s', (_name, changed) => {
    expect(listDigest(changed)).not.toEqual(listDigest(list));
  });
});

describe('the shared secret for sealing replies', () => {
  const one = party([]);
  const other = party([]);

  it('is the same on both sides, 32 bytes, and differs for a third party', () => {
    const mine = psiSharedSecret(one.secret, one.offer.publicKey, other.offer.publicKey)!;
    const theirs = psiSharedSecret(other.secret, other.offer.publicKey, one.offer.publicKey)!;
    expect(mine).toHaveLength(32);
    expect(mine).toEqual(theirs);
    const third = party([]);
    expect(psiSharedSecret(third.secret, third.offer.publicKey, other.offer.publicKey)).not.toEqual(
      mine,
    );
  });

  it.each([
    ['the identity as the partner’s key', (p: Uint8Array) => [p, identity]],
    ['bytes that are no point as the partner’s key', (p: Uint8Array) => [p, notAPoint]],
    ['a short partner key', (p: Uint8Array) => [p, new Uint8Array(31)]],
    ['the identity as my own key', () => [identity, other.offer.publicKey]],
  ])('is null for %s', (_name, keys) => {
    const [own, partner] = keys(one.offer.publicKey);
    expect(psiSharedSecret(one.secret, own!, partner!)).toBeNull();
  });

  it('is null for a bad secret', () => {
    expect(psiSharedSecret(scalarBytes(0n), one.offer.publicKey, other.offer.publicKey)).toBeNull();
  });
});

describe('nobody without the secret can tell what a list holds', () => {
  // Brute force over every item a person can keep: the bare hash of an item, or the hash times
  // another secret, appears nowhere in the offer's bytes (public key and list), at any offset.
  // The control: the hash times the right secret does appear, for exactly the items listed.
  it('holds for the offer and for the reply to it', () => {
    fc.assert(
      fc.property(itemSetArbitrary, itemSetArbitrary, (mine, theirs) => {
        const one = party(mine);
        const other = party(theirs);
        const wrong = newPsiSecret();
        const offerBytes = concatBytes(one.offer.publicKey, ...one.offer.list);
        expect(offerBytes).toHaveLength(PSI_OFFER_BYTES);
        const doubled = concatBytes(...reblindList(other.secret, one.offer.list)!);
        for (const item of itemUniverse) {
          const point = hashed(item);
          const bare = point.toBytes();
          const guessed = blindItems(wrong, [item], 1)[0]!;
          expect(containsBytes(offerBytes, bare)).toBe(false);
          expect(containsBytes(offerBytes, guessed)).toBe(false);
          const right = point.multiply(ristretto255.Point.Fn.fromBytes(one.secret)).toBytes();
          expect(containsBytes(offerBytes, right)).toBe(mine.includes(item));
          // The reply: no value a guess without both secrets could make.
          for (const attempt of [
            reblindList(ONE, [bare])![0]!,
            reblindList(wrong, [bare])![0]!,
            reblindList(wrong, [right])![0]!,
            reblindList(other.secret, [guessed])![0]!,
          ]) {
            expect(containsBytes(doubled, attempt)).toBe(false);
          }
          expect(containsBytes(doubled, reblindList(other.secret, [right])![0]!)).toBe(
            mine.includes(item),
          );
        }
      }),
      { seed: SEED, numRuns: 4 },
    );
  });
});
