import { Navigate, useParams } from 'react-router';
import { stepAt, stepIds, stepNumber } from '../questionnaire/steps.ts';
import { StepPage } from '../features/intake/step-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { useProgress } from './use-progress.ts';

/** A question page. A deep link past the first open step goes back to that step. */
export function StepRoute() {
  const { position = '' } = useParams();
  const { ageConfirmed, nextStep } = useProgress();
  const step = /^[1-9]$/.test(position) ? stepAt(Number(position)) : undefined;
  if (!step) return <NotFoundPage />;
  if (!ageConfirmed) return <Navigate to="/" replace />;
  if (nextStep && stepIds.indexOf(step) > stepIds.indexOf(nextStep)) {
    return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
  }
  return <StepPage step={step} />;
}
