import { useNavigate, useSearchParams } from 'react-router';
import { LINK_STEP_POSITION, stepIds, stepNumber, type StepId } from '../../questionnaire/steps.ts';
import { hasLinkQuestions, useTherapistLinkStore } from '../../storage/therapist-link-store.ts';

export const CHECK_PATH = '/prepare/check';

/** Where Continue and Back go from a step, honouring "Change" links from the check page. */
export function useStepNavigation(step: StepId) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnToCheck = params.get('return') === 'check';
  const index = stepIds.indexOf(step);
  const nextStep = stepIds[index + 1];
  const previousStep = stepIds[index - 1];

  // A therapist's link may add its questions as a last step.
  const lastPath = useTherapistLinkStore(hasLinkQuestions)
    ? `/prepare/${LINK_STEP_POSITION}`
    : CHECK_PATH;
  const nextPath = returnToCheck
    ? CHECK_PATH
    : nextStep
      ? `/prepare/${stepNumber(nextStep)}`
      : lastPath;
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
