import { concernIds, type ConcernId } from '../questionnaire/ids.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { anyConcern, primary, type Condition } from '../questionnaire/conditions.ts';
import type { QuestionId } from './question-ids.ts';

// The shortlist ("Start with these"): at most seven questions for a 15-minute free call. Rows are
// read top to bottom. A row puts its question on the list when the rules table suggested that
// question (so a row never brings back what a rule left out, such as couples questions while a
// relationship feels unsafe) and its own condition, if any, holds. Without a condition, the row
// holds whenever the question is suggested, and its reasons are that question's. docs/rules.md
// explains the order.

export const SHORTLIST_MAX = 7;
/** A therapist's own questions lead the list, but leave room for the person's main topic. */
export const SHORTLIST_THERAPIST_MAX = 3;

type Budget = NonNullable<Answers['budget']>[number];
type SessionFormat = NonNullable<Answers['sessionFormat']>;

/** A condition over the answers, or over the two practical answers the rules table leaves out. */
export type ShortlistCondition =
  | Condition
  | { readonly op: 'budget'; readonly is: Budget }
  | { readonly op: 'session-format'; readonly is: SessionFormat };

export interface ShortlistRule {
  /** Stable kebab-case id: the item's reason names it, and content keys its "why" to it. */
  readonly id: string;
  readonly pick: QuestionId;
  /** Left out: the row holds whenever the rules suggest `pick`. */
  readonly when?: ShortlistCondition;
  /** Only the first row of a group that holds counts (one question about the main topic). */
  readonly group?: 'main-topic';
}

/** Main topics with a question of their own; any other topic gets "How often do you help…". */
const mainTopicQuestions: Partial<Record<ConcernId, QuestionId>> = {
  'affair-recovery': 'affair-approach',
  'sexual-trauma': 'trauma-methods',
  'abuse-recovery': 'trauma-methods',
  'sexual-orientation': 'orientation-without-change',
  'gender-identity': 'gender-diverse-experience',
  'kink-interests': 'kink-level',
  'opening-relationship': 'cnm-experience',
  'compulsive-behavior': 'compulsive-model',
  'partner-choice': 'dating-patterns',
  'parenting-talk': 'parenting-resources',
};

export const shortlistRules: readonly ShortlistRule[] = [
  // 1. The main topic.
  ...Object.entries(mainTopicQuestions).map(([id, pick]): ShortlistRule => ({
    id: `main-topic-${id}`,
    pick,
    when: primary(id as ConcernId),
    group: 'main-topic',
  })),
  {
    id: 'main-topic',
    pick: 'concern-experience',
    when: anyConcern(...concernIds),
    group: 'main-topic',
  },
  // 2. Safety before anything else about the therapist.
  { id: 'unsafe-one-to-one', pick: 'individual-safety-first' },
  // 3. Licence and sex-therapy training: asked of every therapist.
  { id: 'licence', pick: 'licence-and-state' },
  { id: 'training', pick: 'sex-therapy-training' },
  // A therapist who cannot offer the language ends the call, so it is asked early.
  { id: 'language-spanish', pick: 'sessions-in-spanish' },
  // 4. What the answers make decisive: a partner, feeling understood, cost, video.
  { id: 'couples', pick: 'couples-different-wants' },
  { id: 'affirming-lgbtq', pick: 'lgbtq-experience' },
  { id: 'affirming-gender', pick: 'gender-diverse-experience' },
  { id: 'affirming-kink', pick: 'kink-level' },
  { id: 'affirming-cnm', pick: 'cnm-experience' },
  { id: 'affirming-faith', pick: 'faith-and-culture' },
  { id: 'budget-insurance', pick: 'insurance-superbills', when: { op: 'budget', is: 'insurance' } },
  {
    id: 'budget-sliding-scale',
    pick: 'sliding-scale',
    when: { op: 'budget', is: 'sliding-scale' },
  },
  { id: 'budget-self-pay', pick: 'fees', when: { op: 'budget', is: 'self-pay' } },
  {
    id: 'video',
    pick: 'video-across-state-lines',
    when: { op: 'session-format', is: 'video' },
  },
  // 5. The body side, when there is one.
  { id: 'body-teamwork', pick: 'body-work-with-doctors' },
  { id: 'medicines', pick: 'body-prescriber' },
  // 6. Room left over: how they work, then the cost.
  { id: 'approach', pick: 'approach-and-methods' },
  { id: 'cost', pick: 'fees' },
];
