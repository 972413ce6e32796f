import { base64urlToBytes, bytesToBase64url } from '../../lib/base64url.ts';
import { isPsiSecret, newPsiSecret } from '../../lib/psi.ts';
import { bothItemKeys, type BothItems } from '../../questionnaire/both-items.ts';
import {
  decodePartnerReply,
  encodePartnerReply,
  makePsiOffer,
  type PartnerReplyError,
} from '../../questionnaire/partner-reply.ts';
import type { ShareableAnswers } from '../../questionnaire/privacy-marks.ts';
import {
  offerFromBytes,
  offerToBytes,
  PSI_OFFER_BYTES,
  type PsiOffer,
} from '../../questionnaire/psi-offer.ts';
import type { ReplyResult, StoredOffer } from '../../storage/couple-store.ts';
import { revealedTo } from './apart-parts.ts';

// The match for couples apart, between this device's session and the codes. This module holds
// the curve code's only imports in the pages: they load it with import(), when a code is made
// or a reply is read, so nothing else pays for it.

/** The session's secret, or a new one when there is none yet (or it was damaged). */
export function sessionSecret(stored: string): { secret: Uint8Array; stored: string } {
  const bytes = base64urlToBytes(stored);
  if (bytes && isPsiSecret(bytes)) return { secret: bytes, stored };
  const secret = newPsiSecret();
  return { secret, stored: bytesToBase64url(secret) };
}

/** My offer for the items I keep "only if we both": the same for the same secret and items. */
export const offerFor = (secret: Uint8Array, ifBoth: BothItems): PsiOffer =>
  makePsiOffer(secret, bothItemKeys(ifBoth));

export function storedOffer(offer: PsiOffer): StoredOffer {
  const bytes = offerToBytes(offer);
  const keyBytes = offer.publicKey.length;
  return {
    publicKey: bytesToBase64url(bytes.slice(0, keyBytes)),
    list: bytesToBase64url(bytes.slice(keyBytes)),
  };
}

export function offerFromStore(stored: StoredOffer): PsiOffer | null {
  const key = base64urlToBytes(stored.publicKey);
  const list = base64urlToBytes(stored.list);
  if (!key || !list) return null;
  const bytes = new Uint8Array(key.length + list.length);
  bytes.set(key);
  bytes.set(list, key.length);
  return bytes.length === PSI_OFFER_BYTES ? offerFromBytes(bytes) : null;
}

export interface ApartSession {
  psiSecret: string;
  codeId: string;
  partnerOffer: StoredOffer;
  partnerShared: ShareableAnswers;
  ownIfBoth: BothItems;
}

/** My reply to the partner's code, or null when their offer cannot be answered. */
export async function makeReplyCode(session: ApartSession): Promise<string | null> {
  const partnerOffer = offerFromStore(session.partnerOffer);
  const bytes = base64urlToBytes(session.psiSecret);
  if (!partnerOffer || !bytes || !isPsiSecret(bytes)) return null;
  try {
    return await encodePartnerReply({
      secret: bytes,
      ownOffer: offerFor(bytes, session.ownIfBoth),
      partnerOffer,
      id: session.codeId,
      revealed: revealedTo(session.ownIfBoth, session.partnerShared),
    });
  } catch {
    return null;
  }
}

export type ReadReply = { ok: true; reply: ReplyResult } | { ok: false; error: PartnerReplyError };

/** Reads the partner's reply code. Never throws. */
export async function readReplyCode(text: string, session: ApartSession): Promise<ReadReply> {
  const partnerOffer = offerFromStore(session.partnerOffer);
  const secret = base64urlToBytes(session.psiSecret);
  if (!partnerOffer || !secret || !isPsiSecret(secret)) return { ok: false, error: 'damaged' };
  const ownItems = bothItemKeys(session.ownIfBoth);
  const result = await decodePartnerReply(text, {
    secret,
    ownOffer: offerFor(secret, session.ownIfBoth),
    partnerOffer,
    ownCodeId: session.codeId,
    ownItems,
  });
  if (!result.ok) return result;
  return {
    ok: true,
    reply: { matched: result.matched, revealed: result.revealed, ownKeys: ownItems },
  };
}
