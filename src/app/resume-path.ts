import { firstUnansweredStep, stepNumber } from '../questionnaire/steps.ts';
import type { AnswersState } from '../storage/answers-store.ts';

/** Where a person should be, given what they have answered so far. */
export function resumePath(state: Pick<AnswersState, 'ageConfirmed' | 'answered'>): string {
  if (!state.ageConfirmed) return '/';
  const next = firstUnansweredStep(state.answered);
  return next ? `/prepare/${stepNumber(next)}` : '/prepare/check';
}
