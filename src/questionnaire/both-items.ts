import { z } from 'zod/mini';
import { concernIdSchema } from './answers.ts';
import { affirmingValues, concernIds, goalIds } from './ids.ts';
import type { ShareableAnswers } from './privacy-marks.ts';

// "Share only if we both named it": topics, hopes and interests a partner shows the other only
// when the other named the same item too. Such an item is never in the shared answers; it is
// added back only for the items that matched (the rule is `matchedItems` below, the same for
// couples on one device and for couples apart, where a private set intersection finds them).

/** The most items a person can keep "only if we both": the fixed, padded size of the match. */
export const BOTH_ITEMS_MAX = 16;

function uniqueList<T extends z.core.$ZodType>(item: T) {
  return z
    .array(item)
    .check(z.refine((list) => new Set(list).size === list.length, { message: 'Listed twice' }));
}

export const bothItemsSchema = z.object({
  concerns: uniqueList(concernIdSchema),
  goals: uniqueList(z.enum(goalIds)),
  affirming: uniqueList(z.enum(affirmingValues)),
});
export type BothItems = z.infer<typeof bothItemsSchema>;

export function emptyBothItems(): BothItems {
  return { concerns: [], goals: [], affirming: [] };
}

export const countBothItems = (items: BothItems): number =>
  items.concerns.length + items.goals.length + items.affirming.length;

/** One string per item, the same on both devices: what the private set intersection hashes. */
export function bothItemKeys(items: BothItems): string[] {
  return [
    ...items.concerns.map((id) => `concern:${id}`),
    ...items.goals.map((id) => `goal:${id}`),
    ...items.affirming.map((id) => `affirming:${id}`),
  ];
}

/** Items back from their keys; unknown keys are dropped (they can come from another device). */
export function bothItemsFromKeys(keys: readonly string[]): BothItems {
  const set = new Set(keys);
  return {
    concerns: concernIds.filter((id) => set.has(`concern:${id}`)),
    goals: goalIds.filter((id) => set.has(`goal:${id}`)),
    affirming: affirmingValues.filter((id) => set.has(`affirming:${id}`)),
  };
}

/** What a partner named openly, as items. */
export function sharedItems(shared: ShareableAnswers): BothItems {
  return { concerns: shared.concerns, goals: shared.goals, affirming: shared.affirming };
}

const inBoth = <T extends string>(order: readonly T[], one: readonly T[], other: readonly T[]) =>
  order.filter((id) => one.includes(id) && other.includes(id));

/** Items in both lists, in the canonical order. */
export function intersectItems(one: BothItems, other: BothItems): BothItems {
  return {
    concerns: inBoth(concernIds, one.concerns, other.concerns),
    goals: inBoth(goalIds, one.goals, other.goals),
    affirming: inBoth(affirmingValues, one.affirming, other.affirming),
  };
}

export function unionItems(one: BothItems, other: BothItems): BothItems {
  const either = <T extends string>(order: readonly T[], x: readonly T[], y: readonly T[]) =>
    order.filter((id) => x.includes(id) || y.includes(id));
  return {
    concerns: either(concernIds, one.concerns, other.concerns),
    goals: either(goalIds, one.goals, other.goals),
    affirming: either(affirmingValues, one.affirming, other.affirming),
  };
}

/** A partner's side for the match: what they share, and what they keep "only if we both". */
export interface MatchSide {
  shared: ShareableAnswers;
  ifBoth: BothItems;
}

/**
 * The rule: an "only if we both" item of one partner is shown when the other named the same item,
 * openly or "only if we both". Nothing else about the hidden items is ever used.
 */
export function matchedItems(own: MatchSide, other: MatchSide): BothItems {
  return intersectItems(own.ifBoth, unionItems(sharedItems(other.shared), other.ifBoth));
}

/**
 * The shared answers with the matched items added, as if they had been shared: only the item,
 * never its details (how long, how much it bothers), which stay with the person.
 */
export function withMatched(shared: ShareableAnswers, matched: BothItems): ShareableAnswers {
  // The shared order stays as it was; matched items follow it in the canonical order.
  const add = <T extends string>(list: readonly T[], extra: readonly T[]) => [
    ...list,
    ...extra.filter((id) => !list.includes(id)),
  ];
  return {
    ...shared,
    concerns: add(shared.concerns, matched.concerns),
    goals: add(shared.goals, matched.goals),
    affirming: add(shared.affirming, matched.affirming),
  };
}
