import { Navigate, Outlet, useLocation } from 'react-router';
import { stepIds, stepNumber } from '../questionnaire/steps.ts';
import { togetherPaths } from '../features/couples/couple-paths.ts';
import { PartnerSafetyStep } from '../features/couples/partner-safety-step.tsx';
import { useTogetherRedirect } from '../features/couples/use-couple-guards.ts';
import { WhoseAnswersTag } from './together-journey-tag.tsx';
import { useProgress } from './use-progress.ts';

/**
 * The question pages when a couple takes turns on one device. Only the partner whose turn it
 * is can be here; a history entry of the other's pages is sent on to the hand-over screen.
 */
export function TogetherJourney() {
  const redirect = useTogetherRedirect('journey');
  const { nextStep } = useProgress();
  const { pathname } = useLocation();
  if (redirect) return <Navigate to={redirect} replace />;
  // After "check your answers" comes "only for me", then this partner's own view.
  if (pathname === '/prepare/summary') return <Navigate to={togetherPaths.mark} replace />;
  if (pathname === `/prepare/${stepNumber('relationship')}`) {
    if (nextStep && stepIds.indexOf(nextStep) < stepIds.indexOf('relationship')) {
      return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
    }
    // Status and length were asked once, together: this partner answers the safety question.
    return (
      <WhoseAnswersTag>
        <PartnerSafetyStep />
      </WhoseAnswersTag>
    );
  }
  return (
    <WhoseAnswersTag>
      <Outlet />
    </WhoseAnswersTag>
  );
}
