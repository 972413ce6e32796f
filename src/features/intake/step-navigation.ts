import { useNavigate, useSearchParams } from 'react-router';
import { stepIds, stepNumber, type StepId } from '../../questionnaire/steps.ts';

export const CHECK_PATH = '/prepare/check';

/** Where Continue and Back go from a step, honouring "Change" links from the check page. */
export function useStepNavigation(step: StepId) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnToCheck = params.get('return') === 'check';
  const index = stepIds.indexOf(step);
  const nextStep = stepIds[index + 1];
  const previousStep = stepIds[index - 1];

  const nextPath = returnToCheck || !nextStep ? CHECK_PATH : `/prepare/${stepNumber(nextStep)}`;
  const backPath = returnToCheck
    ? CHECK_PATH
    : previousStep
      ? `/prepare/${stepNumber(previousStep)}`
      : '/';
  return {
    backPath,
    goNext: () => navigate(nextPath),
  };
}
