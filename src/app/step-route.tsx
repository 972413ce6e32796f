import { lazy, type ReactElement } from 'react';
import { Navigate, useParams } from 'react-router';
import { LINK_STEP_POSITION, stepAt, stepIds, stepNumber } from '../questionnaire/steps.ts';
import { StepPage } from '../features/intake/step-page.tsx';
import { hasLinkQuestions, useTherapistLinkStore } from '../storage/therapist-link-store.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { pageAhead } from './page-ahead.tsx';
import { useProgress } from './use-progress.ts';

const QuestionsStep = lazy(() =>
  import('../features/therapist/questions-step.tsx').then((m) => ({ default: m.QuestionsStep })),
);

/** A question page. A deep link past the first open step goes back to that step. */
export function StepRoute() {
  const { position = '' } = useParams();
  const { ageConfirmed, nextStep } = useProgress();
  const link = useTherapistLinkStore((state) => (hasLinkQuestions(state) ? state.link : null));
  if (link && position === String(LINK_STEP_POSITION)) {
    // The therapist's questions: one more step, once the six are done.
    if (!ageConfirmed) return <Navigate to="/" replace />;
    if (nextStep) return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
    return <QuestionsStep link={link} />;
  }
  const step = /^[1-9]$/.test(position) ? stepAt(Number(position)) : undefined;
  if (!step) return <NotFoundPage />;
  if (!ageConfirmed) return <Navigate to="/" replace />;
  if (nextStep && stepIds.indexOf(step) > stepIds.indexOf(nextStep)) {
    return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
  }
  return <StepPage step={step} />;
}

/** The question page at `pathname`, as it shows once the checks above pass: built ahead. */
export function stepPageAhead(pathname: string): ReactElement | null {
  const step = stepAt(Number(pathname.split('/').at(-1)));
  return step ? pageAhead(pathname, <StepPage step={step} />) : null;
}
