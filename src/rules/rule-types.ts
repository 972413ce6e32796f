import type { Condition } from '../questionnaire/conditions.ts';
import type { QuestionId } from './question-ids.ts';
import type { PlaceId, ReferralId, SafetyId, SearchId, SpecialtyId } from './ids.ts';

/** What a rule adds when its condition holds. Weight scales the item's ranking score. */
export type RuleAdd =
  | { readonly kind: 'specialty'; readonly id: SpecialtyId; readonly weight: number }
  | { readonly kind: 'referral'; readonly id: ReferralId; readonly weight: number }
  | { readonly kind: 'safety'; readonly id: SafetyId; readonly weight: number }
  | { readonly kind: 'question'; readonly id: QuestionId; readonly weight: number }
  | { readonly kind: 'place'; readonly id: PlaceId; readonly weight: number }
  | { readonly kind: 'search'; readonly id: SearchId; readonly weight: number };

export interface Rule {
  /** Stable kebab-case id; reasons name it, and content may key a note to it. */
  readonly id: string;
  readonly when: Condition;
  readonly adds: readonly RuleAdd[];
}

export const specialty = (id: SpecialtyId, weight = 1): RuleAdd => ({
  kind: 'specialty',
  id,
  weight,
});
export const referral = (id: ReferralId, weight = 1): RuleAdd => ({ kind: 'referral', id, weight });
export const safety = (id: SafetyId): RuleAdd => ({ kind: 'safety', id, weight: 1 });
export const questions = (...ids: readonly QuestionId[]): RuleAdd[] =>
  ids.map((id) => ({ kind: 'question', id, weight: 1 }));
/** Whose lines, credentials and directories to show: one place per set of answers. */
export const place = (id: PlaceId): RuleAdd => ({ kind: 'place', id, weight: 1 });
/** Words to add to every directory search, such as a language filter. */
export const search = (id: SearchId): RuleAdd => ({ kind: 'search', id, weight: 1 });
