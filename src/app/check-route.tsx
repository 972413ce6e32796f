import { Navigate } from 'react-router';
import { stepNumber } from '../questionnaire/steps.ts';
import { CheckAnswersPage } from '../features/intake/check-answers-page.tsx';
import { LinkCheckAnswers } from '../features/therapist/link-check-answers.tsx';
import { useProgress } from './use-progress.ts';

export function CheckRoute() {
  const { ageConfirmed, nextStep } = useProgress();
  if (!ageConfirmed) return <Navigate to="/" replace />;
  if (nextStep) return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
  return <CheckAnswersPage extraSections={<LinkCheckAnswers />} />;
}
