import type { Answers } from './answers.ts';
import {
  concernIds,
  type AffirmingNeed,
  type ConcernId,
  type CountryId,
  type HealthItem,
  type Relationship,
} from './ids.ts';
import { asksForSessionsIn, type SessionLanguage } from './session-language.ts';

// Conditions are plain data, so the rules table and the step branches can be read, tested and
// printed as tables. A condition tree is all / any / not over small predicates about the answers.
// They live here, below rules/, so the questionnaire can branch on them without the rules engine.

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
  /** Where the person lives; `null` matches answers that do not say. */
  | { readonly op: 'country'; readonly is: CountryId | null }
  /** The free-text language answer asks for sessions in this language (session-language.ts). */
  | { readonly op: 'sessions-in'; readonly language: SessionLanguage }
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
export const country = (is: CountryId | null): Condition => ({ op: 'country', is });
export const sessionsIn = (language: SessionLanguage): Condition => ({
  op: 'sessions-in',
  language,
});
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
    case 'country':
      return `country=${condition.is ?? 'not-said'}`;
    case 'sessions-in':
      return `sessions-in=${condition.language}`;
    case 'always':
      return 'always';
  }
}

/** The answers a condition reads. A question not answered yet (undefined) matches no value. */
export type ConditionAnswers = Partial<
  Pick<
    Answers,
    | 'who'
    | 'concerns'
    | 'primaryConcern'
    | 'relationship'
    | 'partnerTakingPart'
    | 'feelsUnsafe'
    | 'health'
    | 'affirming'
    | 'country'
    | 'language'
  >
>;

/**
 * Whether a condition holds. The rules compile conditions into a faster form that also says
 * why (rules/compile-condition.ts); a test holds the two to the same answers.
 */
export function conditionHolds(condition: Condition, answers: ConditionAnswers): boolean {
  switch (condition.op) {
    case 'all':
      return condition.of.every((part) => conditionHolds(part, answers));
    case 'any':
      return condition.of.some((part) => conditionHolds(part, answers));
    case 'not':
      return !conditionHolds(condition.of, answers);
    case 'concern':
      // The primary concern counts as chosen even if the list omits it.
      return (
        (answers.concerns ?? []).includes(condition.id) || answers.primaryConcern === condition.id
      );
    case 'primary':
      return answers.primaryConcern === condition.id;
    case 'health':
      return (answers.health ?? []).includes(condition.id);
    case 'affirming':
      return (answers.affirming ?? []).includes(condition.id);
    case 'relationship':
      return answers.relationship === condition.is;
    case 'partner-taking-part':
      return answers.partnerTakingPart === condition.is;
    case 'feels-unsafe':
      return answers.feelsUnsafe === condition.is;
    case 'who':
      return answers.who === condition.is;
    case 'country':
      return (answers.country ?? null) === condition.is;
    case 'sessions-in':
      return asksForSessionsIn(answers.language, condition.language);
    case 'always':
      return true;
  }
}
