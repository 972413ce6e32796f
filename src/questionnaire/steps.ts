import type { Answers } from './answers.ts';
import { exploringConcernIds, type ConcernId } from './ids.ts';

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

const withPartner: readonly Answers['relationship'][] = [
  'dating',
  'partnered',
  'married',
  'multiple-partners',
];

/** Only people with a partner now are asked whether the partner takes part, and for how long. */
export function asksAboutPartner(relationship: Answers['relationship'] | undefined): boolean {
  return relationship !== undefined && withPartner.includes(relationship);
}

/**
 * The safety question is asked of everyone once they have answered about their relationship:
 * a single person may still be afraid of an ex, a family member or anyone else.
 */
export function asksAboutSafety(relationship: Answers['relationship'] | undefined): boolean {
  return relationship !== undefined;
}

/** Onset, scope and distress are asked only of difficulties, never of a topic someone explores. */
export function asksAboutDifficulty(concern: ConcernId): boolean {
  return !exploringConcernIds.includes(concern);
}
