import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from './bytes.ts';

// Diffie-Hellman private set intersection on ristretto255 (a prime-order group, so every valid
// point other than the identity is a generator and no cofactor tricks apply).
//
// Each person picks a secret scalar (a for one, b for the other) and publishes their items, each
// hashed to a point and multiplied by the secret: H(x)·a. Nobody can undo the multiplication, and
// the hash is not enough to test a guess, so the list says nothing about the items. The other
// person multiplies that list by their own secret and sends it back, hashed: H(x)·a·b. Both
// orders give the same point, so each side can compare the other's doubly blinded items with its
// own and find the items both have, and nothing else.
//
// This holds for partners who follow the protocol. A partner can always list items they do not
// have, up to the fixed size, to learn whether the other has them (that is what matching is);
// with only 51 items in all, a partner whose every new code was answered could test them all in
// four codes, so how often to answer is for the pages to limit. A new code after a change of
// items should come with a new secret, or two codes of one person can be compared point by point
// (the points that stayed say how many items changed).

export const PSI_POINT_BYTES = 32;
/** 96 bits: a false match among 16 × 16 comparisons has odds of about 2^-88. */
export const PSI_MATCH_BYTES = 12;
export const PSI_SECRET_BYTES = 32;
const LIST_DIGEST_BYTES = 8;

// One tag per use, so a value made for one purpose is never valid for another.
/** The domain tag items are hashed to the curve with (RFC 9380). */
export const PSI_ITEM_DST = 'consult-prep/psi/v1';
const DECOY_DST = 'consult-prep/psi/v1/decoy';
const MATCH_TAG = 'consult-prep/psi/v1/match';
const LIST_TAG = 'consult-prep/psi/v1/list';
const SHARED_TAG = 'consult-prep/psi/v1/shared';

const Point = ristretto255.Point;
type PsiPoint = InstanceType<typeof Point>;
const ORDER = Point.Fn.ORDER;
const utf8 = (text: string) => new TextEncoder().encode(text);

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A random scalar in [1, order), as 32 bytes little-endian. */
export function newPsiSecret(): Uint8Array {
  for (;;) {
    // 64 random bytes reduced modulo the ~2^252 order: the bias is below 2^-250.
    const wide = bytesToNumberLE(crypto.getRandomValues(new Uint8Array(64))) % ORDER;
    if (wide !== 0n) return numberToBytesLE(wide, PSI_SECRET_BYTES);
  }
}

function scalarOf(secret: Uint8Array): bigint | null {
  if (!(secret instanceof Uint8Array) || secret.length !== PSI_SECRET_BYTES) return null;
  const value = bytesToNumberLE(secret);
  return value > 0n && value < ORDER ? value : null;
}

export function isPsiSecret(bytes: Uint8Array): boolean {
  return scalarOf(bytes) !== null;
}

function secretScalar(secret: Uint8Array): bigint {
  const scalar = scalarOf(secret);
  if (scalar === null) throw new Error('Not a PSI secret');
  return scalar;
}

/** A group element other than the identity, or null for anything else. */
function pointOf(bytes: Uint8Array): PsiPoint | null {
  if (!(bytes instanceof Uint8Array) || bytes.length !== PSI_POINT_BYTES) return null;
  try {
    const point = Point.fromBytes(bytes);
    return point.is0() ? null : point;
  } catch {
    return null;
  }
}

export function psiPublicKey(secret: Uint8Array): Uint8Array {
  return Point.BASE.multiply(secretScalar(secret)).toBytes();
}

const itemPoint = (item: string) =>
  ristretto255_hasher.hashToCurve(utf8(item), { DST: PSI_ITEM_DST });

/**
 * Decoy number `index`: a point only the secret's owner can make. It fills the list to its fixed
 * size, so the list's length says nothing about how many items are real, and since the partner
 * cannot make the same point, a decoy never matches anything of theirs.
 */
function decoyPoint(secret: Uint8Array, index: number): Uint8Array {
  const counter = new Uint8Array(4);
  new DataView(counter.buffer).setUint32(0, index);
  return ristretto255_hasher
    .hashToCurve(concatBytes(secret, counter), { DST: DECOY_DST })
    .toBytes();
}

function assertItems(items: readonly string[], size: number): void {
  if (!Number.isInteger(size) || size < 0) throw new Error('The size is not a count');
  if (items.length > size) throw new Error('More items than the list holds');
  if (new Set(items).size !== items.length) throw new Error('An item is listed twice');
}

/** A blinded list with, for each item in the order given, its place in the sorted list. */
export interface BlindedItems {
  list: Uint8Array[];
  places: number[];
}

/** What blindItems makes, with where each item ended up: what matching a reply needs. */
export function blindItemsWithPlaces(
  secret: Uint8Array,
  items: readonly string[],
  size: number,
): BlindedItems {
  const scalar = secretScalar(secret);
  assertItems(items, size);
  const real = items.map((item) => itemPoint(item).multiply(scalar).toBytes());
  const list: Uint8Array[] = [...real];
  for (let index = 0; list.length < size; index += 1) list.push(decoyPoint(secret, index));
  // Sorting shuffles the real items in among the decoys: a partner who finds a match learns the
  // item, not where it stood in my list (its place would tell how many items came before it).
  list.sort(compareBytes);
  return { list, places: real.map((point) => list.indexOf(point)) };
}

/**
 * My items blinded by my secret, padded with decoys to exactly `size` points, sorted bytewise.
 * Throws if `items.length > size` or an item repeats.
 */
export function blindItems(
  secret: Uint8Array,
  items: readonly string[],
  size: number,
): Uint8Array[] {
  return blindItemsWithPlaces(secret, items, size).list;
}

/** A doubly blinded point, hashed and cut short: enough to compare, useless as a group element. */
const matchValue = (point: PsiPoint) =>
  sha256(concatBytes(utf8(MATCH_TAG), point.toBytes())).slice(0, PSI_MATCH_BYTES);

function distinct(values: readonly Uint8Array[]): boolean {
  return new Set(values.map(hex)).size === values.length;
}

/**
 * Each of the partner's points times my secret, hashed, in the same order, so the partner can
 * tell which of their own points each answer belongs to. Hashing keeps the reply from being used
 * as a group element in any other computation, and truncation keeps the reply short.
 * Null if any point does not decode, is the identity, or repeats.
 */
export function reblindList(
  secret: Uint8Array,
  partnerList: readonly Uint8Array[],
): Uint8Array[] | null {
  const scalar = scalarOf(secret);
  if (scalar === null || !Array.isArray(partnerList) || !distinct(partnerList)) return null;
  const points = partnerList.map(pointOf);
  if (points.some((point) => point === null)) return null;
  return points.map((point) => matchValue(point!.multiply(scalar)));
}

/**
 * The match against my list as blindItemsWithPlaces made it (`items` in the same order): the
 * items whose doubly blinded value the partner sent back is also among the partner's own
 * points times my secret. Null when the inputs have the wrong shape.
 */
export function matchBlinded(
  secret: Uint8Array,
  items: readonly string[],
  mine: BlindedItems,
  doubledMine: readonly Uint8Array[],
  partnerList: readonly Uint8Array[],
): string[] | null {
  const size = mine.list.length;
  if (mine.places.length !== items.length) return null;
  if (!Array.isArray(doubledMine) || doubledMine.length !== size) return null;
  const isMatchValue = (value: unknown) =>
    value instanceof Uint8Array && value.length === PSI_MATCH_BYTES;
  if (!doubledMine.every(isMatchValue) || !distinct(doubledMine)) return null;
  if (!Array.isArray(partnerList) || partnerList.length !== size) return null;
  const theirs = reblindList(secret, partnerList);
  if (!theirs) return null;
  const theirValues = new Set(theirs.map(hex));
  return items.filter((_item, i) => theirValues.has(hex(doubledMine[mine.places[i]!]!)));
}

/**
 * My items that are in the partner's set: my list is made again from (secret, items, size);
 * `doubledMine` is the partner's reblindList of my list (same order as my sorted list);
 * `partnerList` is the partner's own blinded list. Returns the matching items in the order
 * given, or null when the inputs have the wrong shape.
 */
export function matchItems(
  secret: Uint8Array,
  items: readonly string[],
  size: number,
  doubledMine: readonly Uint8Array[],
  partnerList: readonly Uint8Array[],
): string[] | null {
  if (!isPsiSecret(secret) || !Array.isArray(items) || !Number.isInteger(size) || size < 0) {
    return null;
  }
  if (items.length > size || new Set(items).size !== items.length) return null;
  const mine = blindItemsWithPlaces(secret, items, size);
  return matchBlinded(secret, items, mine, doubledMine, partnerList);
}

/** 8 bytes of SHA-256 over a blinded list: says which list a reply answers. */
export function listDigest(list: readonly Uint8Array[]): Uint8Array {
  const count = new Uint8Array(4);
  new DataView(count.buffer).setUint32(0, list.length);
  return sha256(concatBytes(utf8(LIST_TAG), count, ...list)).slice(0, LIST_DIGEST_BYTES);
}

/**
 * 32 bytes for an AES-GCM key both partners compute alike: the Diffie-Hellman point of the two
 * public keys, hashed with both keys in byte order so each side puts them in the same order.
 * Null if either public key is not a valid point.
 */
export function psiSharedSecret(
  secret: Uint8Array,
  ownPublic: Uint8Array,
  partnerPublic: Uint8Array,
): Uint8Array | null {
  const scalar = scalarOf(secret);
  const partner = pointOf(partnerPublic);
  if (scalar === null || partner === null || pointOf(ownPublic) === null) return null;
  const [low, high] = [ownPublic, partnerPublic].sort(compareBytes);
  const shared = partner.multiply(scalar).toBytes();
  return sha256(concatBytes(utf8(SHARED_TAG), low!, high!, shared));
}

/** True when every point decodes, none is the identity and none repeats: a list to accept. */
export function isPsiList(list: readonly Uint8Array[]): boolean {
  return Array.isArray(list) && distinct(list) && list.every((point) => pointOf(point) !== null);
}

/** True for the bytes of a valid point other than the identity. */
export const isPsiPoint = (bytes: Uint8Array): boolean => pointOf(bytes) !== null;
