import { useAnswersStore } from '../storage/answers-store.ts';
import { firstUnansweredStep, type StepId } from '../questionnaire/steps.ts';

/** What the route guards need: whether the person has started, and the first open step. */
export function useProgress(): { ageConfirmed: boolean; nextStep: StepId | undefined } {
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const nextStep = useAnswersStore((state) => firstUnansweredStep(state.answered));
  return { ageConfirmed, nextStep };
}
