import type { Answers } from '../questionnaire/answers.ts';
import type {
  AffirmingNeed,
  ConcernId,
  CountryId,
  HealthItem,
  Relationship,
} from '../questionnaire/ids.ts';
import type { SessionLanguage } from '../questionnaire/session-language.ts';

/** One answer that helped make a rule's condition true. */
export type Fact =
  | { kind: 'concern'; concern: ConcernId; primary: boolean }
  | { kind: 'health'; item: HealthItem }
  | { kind: 'affirming'; need: AffirmingNeed }
  | { kind: 'relationship'; relationship: Relationship }
  | { kind: 'partner-taking-part' }
  | { kind: 'feels-unsafe' }
  | { kind: 'who'; who: Answers['who'] }
  /** Where the person said they live; `null` when they have not said. */
  | { kind: 'country'; country: CountryId | null }
  /** The language answer asks for sessions in this language. */
  | { kind: 'sessions-in'; language: SessionLanguage }
  | { kind: 'always' }
  /** Only from the under-18 page, never from answers (see under-18.ts). */
  | { kind: 'under-18' };

/** Why an item is suggested: the rule that fired and the answers that made it fire. */
export interface Reason {
  ruleId: string;
  facts: readonly Fact[];
}
