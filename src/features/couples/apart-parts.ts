import {
  bothItemKeys,
  bothItemsFromKeys,
  intersectItems,
  sharedItems,
  unionItems,
  withMatched,
  type BothItems,
} from '../../questionnaire/both-items.ts';
import type { ShareableAnswers } from '../../questionnaire/privacy-marks.ts';
import type { ReplyResult } from '../../storage/couple-store.ts';

// The shared view apart, from what this device holds: its own answers, the partner's code and,
// once swapped, what the partner's reply matched. Pure, so both devices reach the same view.

/** True when the reply was read for the "only if we both" items this person keeps now. */
export function replyIsCurrent(reply: ReplyResult | null, ownIfBoth: BothItems): boolean {
  if (!reply) return false;
  const now = [...bothItemKeys(ownIfBoth)].sort();
  const then = [...reply.ownKeys].sort();
  return now.length === then.length && now.every((key, at) => key === then[at]);
}

export interface ApartParts {
  a: ShareableAnswers;
  b: ShareableAnswers;
  /** No current reply yet: items kept "only if we both" are not matched on either side. */
  pending: boolean;
}

export function apartParts(
  ownShared: ShareableAnswers,
  ownIfBoth: BothItems,
  partnerShared: ShareableAnswers,
  reply: ReplyResult | null,
): ApartParts {
  if (!reply || !replyIsCurrent(reply, ownIfBoth)) {
    return { a: ownShared, b: partnerShared, pending: true };
  }
  // Each list is narrowed to what it can honestly hold: a reply cannot add items of its own.
  const bothKept = intersectItems(bothItemsFromKeys(reply.matched), ownIfBoth);
  const ownMatched = unionItems(bothKept, intersectItems(ownIfBoth, sharedItems(partnerShared)));
  const partnerMatched = unionItems(
    bothKept,
    intersectItems(bothItemsFromKeys(reply.revealed), sharedItems(ownShared)),
  );
  return {
    a: withMatched(ownShared, ownMatched),
    b: withMatched(partnerShared, partnerMatched),
    pending: false,
  };
}

/** My "only if we both" items the partner named openly: what my reply reveals to them. */
export function revealedTo(ownIfBoth: BothItems, partnerShared: ShareableAnswers): string[] {
  return bothItemKeys(intersectItems(ownIfBoth, sharedItems(partnerShared)));
}
