import type { Fact } from './reasons.ts';

// Ranking: every fact in a reason is worth the value of its tier; an item's score is the sum over
// its reasons of (rule weight × the reason's value). Tiers are powers of 100 apart and no tier can
// gather 100 units for one item (there are 31 concerns and 20 preference answers), so a higher
// tier always wins: a relationship that feels unsafe, then the primary concern, then the other
// concerns, then what is suggested to everyone, then preferences and context.
export const tierValue = {
  'feels-unsafe': 1e8,
  primary: 1e6,
  concern: 1e4,
  always: 1e2,
  preference: 1,
} as const;

export function factValue(fact: Fact): number {
  switch (fact.kind) {
    case 'feels-unsafe':
      return tierValue['feels-unsafe'];
    case 'concern':
      return fact.primary ? tierValue.primary : tierValue.concern;
    case 'always':
    case 'under-18':
      return tierValue.always;
    default:
      return tierValue.preference;
  }
}

export function reasonValue(facts: readonly Fact[]): number {
  let value = 0;
  for (const fact of facts) value += factValue(fact);
  return value;
}
