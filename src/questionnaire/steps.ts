import type { Answers, ConcernDetail } from './answers.ts';
import { any, concern, conditionHolds, not, relationship, type Condition } from './conditions.ts';
import { exploringConcernIds, relationshipValues, type ConcernId } from './ids.ts';

// The question pages, in order. Paths use the position (/prepare/2) so that a shared
// computer's history does not reveal the subject.
export const stepIds = [
  'concerns',
  'details',
  'relationship',
  'health',
  'goals',
  'preferences',
] as const;
export type StepId = (typeof stepIds)[number];

export function stepNumber(step: StepId): number {
  return stepIds.indexOf(step) + 1;
}

export function stepAt(position: number): StepId | undefined {
  return stepIds[position - 1];
}

/** A therapist's link with questions of its own adds one step after these: /prepare/7. */
export const LINK_STEP_POSITION = stepIds.length + 1;

export function stepTotal(withLinkStep: boolean): number {
  return withLinkStep ? LINK_STEP_POSITION : stepIds.length;
}

/** The first step that still needs an answer, or undefined when every step is done. */
export function firstUnansweredStep(answered: readonly StepId[]): StepId | undefined {
  return stepIds.find((step) => !answered.includes(step));
}

/**
 * A question asked only when its condition holds. The conditions are the same data the rules
 * use, so the branches are tested and printed as a table (docs/rules-table.md).
 */
export interface StepBranch {
  readonly step: StepId;
  /** The answer fields the branch asks for. */
  readonly asks: readonly (keyof Answers | keyof ConcernDetail)[];
  /** Read against the answers, or, for a branch `perConcern`, against that one concern alone. */
  readonly when: Condition;
  readonly perConcern?: true;
}

const withPartner: readonly Answers['relationship'][] = [
  'dating',
  'partnered',
  'married',
  'multiple-partners',
];

export const stepBranches = {
  /** Only people with a partner now are asked whether the partner takes part, and for how long. */
  partner: {
    step: 'relationship',
    asks: ['partnerTakingPart', 'relationshipLength'],
    when: any(...withPartner.map(relationship)),
  },
  /**
   * The safety question is asked of everyone once they have answered about their relationship
   * (any answer at all): a single person may still be afraid of an ex, a family member or anyone.
   */
  safety: {
    step: 'relationship',
    asks: ['feelsUnsafe'],
    when: any(...relationshipValues.map(relationship)),
  },
  /** Onset, scope and distress are asked only of difficulties, never of a topic someone explores. */
  difficulty: {
    step: 'details',
    asks: ['duration', 'scope', 'bother'],
    when: not(any(...exploringConcernIds.map(concern))),
    perConcern: true,
  },
} as const satisfies Record<string, StepBranch>;

export type StepBranchId = keyof typeof stepBranches;

export function asksAboutPartner(relationship: Answers['relationship'] | undefined): boolean {
  return conditionHolds(stepBranches.partner.when, { relationship });
}

export function asksAboutSafety(relationship: Answers['relationship'] | undefined): boolean {
  return conditionHolds(stepBranches.safety.when, { relationship });
}

export function asksAboutDifficulty(concern: ConcernId): boolean {
  return conditionHolds(stepBranches.difficulty.when, { concerns: [concern] });
}
