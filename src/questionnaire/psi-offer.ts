import { BOTH_ITEMS_MAX } from './both-items.ts';

// The private set intersection offer a version-2 partner code carries in front of its JSON:
//   publicKey(32) | list(BOTH_ITEMS_MAX × 32)
// The list is always padded to BOTH_ITEMS_MAX points (lib/psi.ts), so a code is as long with no
// item kept "only if we both" as with sixteen. The curve code is fetched only when an offer is
// actually checked (a dynamic import), so reading a version-1 code never loads it.

export interface PsiOffer {
  publicKey: Uint8Array;
  /** Exactly BOTH_ITEMS_MAX blinded points, sorted. */
  list: Uint8Array[];
}

/** The same as lib/psi.ts PSI_POINT_BYTES (a test holds them equal), without importing the curve. */
const POINT_BYTES = 32;
export const PSI_OFFER_BYTES = POINT_BYTES * (1 + BOTH_ITEMS_MAX);

function hasOfferShape(offer: PsiOffer): boolean {
  const isPoint = (bytes: unknown) => bytes instanceof Uint8Array && bytes.length === POINT_BYTES;
  return (
    isPoint(offer.publicKey) &&
    Array.isArray(offer.list) &&
    offer.list.length === BOTH_ITEMS_MAX &&
    offer.list.every(isPoint)
  );
}

/** The offer's bytes; throws for an offer of the wrong shape (a bug, never a person's input). */
export function offerToBytes(offer: PsiOffer): Uint8Array {
  if (!hasOfferShape(offer)) throw new Error('A PSI offer needs a key and a full list');
  const out = new Uint8Array(PSI_OFFER_BYTES);
  out.set(offer.publicKey);
  offer.list.forEach((point, at) => out.set(point, POINT_BYTES * (1 + at)));
  return out;
}

/** The offer the first PSI_OFFER_BYTES hold, copied out; its points are not checked yet. */
export function offerFromBytes(bytes: Uint8Array): PsiOffer | null {
  if (bytes.length < PSI_OFFER_BYTES) return null;
  const point = (at: number) => bytes.slice(POINT_BYTES * at, POINT_BYTES * (at + 1));
  return {
    publicKey: point(0),
    list: Array.from({ length: BOTH_ITEMS_MAX }, (_, at) => point(1 + at)),
  };
}

/** Every point valid, none the identity, none repeated: an offer worth answering. */
export async function isValidOffer(offer: PsiOffer): Promise<boolean> {
  if (!hasOfferShape(offer)) return false;
  const { isPsiList, isPsiPoint } = await import('../lib/psi.ts');
  return isPsiPoint(offer.publicKey) && isPsiList(offer.list);
}
