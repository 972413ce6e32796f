import type { Answers } from '../questionnaire/answers.ts';
import {
  concernIds,
  type AffirmingNeed,
  type ConcernId,
  type HealthItem,
  type Relationship,
} from '../questionnaire/ids.ts';
import type { Reason } from './reasons.ts';

// Conditions are plain data, so the rules table can be read, tested and printed as a table.
// A condition tree is all / any / not over small predicates about the answers.

export type PartnerTakingPart = Answers['partnerTakingPart'];
export type FeelsUnsafe = Answers['feelsUnsafe'];
export type Who = Answers['who'];

export type Condition =
  | { readonly op: 'all'; readonly of: readonly Condition[] }
  | { readonly op: 'any'; readonly of: readonly Condition[] }
  | { readonly op: 'not'; readonly of: Condition }
  | { readonly op: 'concern'; readonly id: ConcernId }
  | { readonly op: 'primary'; readonly id: ConcernId }
  | { readonly op: 'health'; readonly id: HealthItem }
  | { readonly op: 'affirming'; readonly id: AffirmingNeed }
  | { readonly op: 'relationship'; readonly is: Relationship }
  | { readonly op: 'partner-taking-part'; readonly is: PartnerTakingPart }
  | { readonly op: 'feels-unsafe'; readonly is: FeelsUnsafe }
  | { readonly op: 'who'; readonly is: Who }
  | { readonly op: 'always' };

export const all = (...of: Condition[]): Condition => ({ op: 'all', of });
export const any = (...of: Condition[]): Condition => ({ op: 'any', of });
export const not = (of: Condition): Condition => ({ op: 'not', of });
/** The concern was chosen (as the primary concern or among the others). */
export const concern = (id: ConcernId): Condition => ({ op: 'concern', id });
/** The concern was chosen as what matters most. */
export const primary = (id: ConcernId): Condition => ({ op: 'primary', id });
export const health = (id: HealthItem): Condition => ({ op: 'health', id });
export const affirming = (id: AffirmingNeed): Condition => ({ op: 'affirming', id });
export const relationship = (is: Relationship): Condition => ({ op: 'relationship', is });
export const partnerTakingPart = (is: PartnerTakingPart): Condition => ({
  op: 'partner-taking-part',
  is,
});
export const feelsUnsafe = (is: FeelsUnsafe): Condition => ({ op: 'feels-unsafe', is });
export const who = (is: Who): Condition => ({ op: 'who', is });
export const always = (): Condition => ({ op: 'always' });

export const anyConcern = (...ids: ConcernId[]): Condition => any(...ids.map(concern));
export const anyHealth = (...ids: HealthItem[]): Condition => any(...ids.map(health));

/** Every concern, health item, affirming need or answer value a condition names positively. */
export function conditionLeaves(condition: Condition): Condition[] {
  if (condition.op === 'all' || condition.op === 'any')
    return condition.of.flatMap(conditionLeaves);
  if (condition.op === 'not') return conditionLeaves(condition.of);
  return [condition];
}

/** A short, stable text form of a condition, for docs and test names. */
export function describeCondition(condition: Condition): string {
  switch (condition.op) {
    case 'all':
    case 'any': {
      const ids = condition.of.map((part) => (part.op === 'concern' ? part.id : null));
      if (condition.op === 'any' && ids.every((id) => id !== null)) {
        // A list of concerns reads better as a set.
        return ids.length === concernIds.length ? 'any concern' : `concern in (${ids.join(', ')})`;
      }
      return `${condition.op}(${condition.of.map(describeCondition).join(', ')})`;
    }
    case 'not':
      return `not(${describeCondition(condition.of)})`;
    case 'concern':
    case 'primary':
    case 'health':
    case 'affirming':
      return `${condition.op}:${condition.id}`;
    case 'relationship':
    case 'partner-taking-part':
    case 'feels-unsafe':
    case 'who':
      return `${condition.op}=${condition.is}`;
    case 'always':
      return 'always';
  }
}

/**
 * Whether the reasons for an item name an answer the condition names: content uses this to show
 * a line only to the people it is about (perinatal training only when a birth was named).
 */
export function reasonsName(reasons: readonly Reason[], condition: Condition): boolean {
  const leaves = conditionLeaves(condition);
  return reasons.some((reason) =>
    reason.facts.some((fact) =>
      leaves.some(
        (leaf) =>
          (fact.kind === 'concern' &&
            (leaf.op === 'concern' || leaf.op === 'primary') &&
            leaf.id === fact.concern) ||
          (fact.kind === 'health' && leaf.op === 'health' && leaf.id === fact.item),
      ),
    ),
  );
}
