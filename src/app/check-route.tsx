import type { ReactElement } from 'react';
import { Navigate } from 'react-router';
import { stepNumber } from '../questionnaire/steps.ts';
import { CheckAnswersPage } from '../features/intake/check-answers-page.tsx';
import { LinkCheckAnswers } from '../features/therapist/link-check-answers.tsx';
import { pageAhead } from './page-ahead.tsx';
import { useProgress } from './use-progress.ts';

export function CheckRoute() {
  const { ageConfirmed, nextStep } = useProgress();
  if (!ageConfirmed) return <Navigate to="/" replace />;
  if (nextStep) return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
  return <CheckPage />;
}

function CheckPage() {
  return <CheckAnswersPage extraSections={<LinkCheckAnswers />} />;
}

/** The check page as it shows once every step is done: built ahead (fetch-ahead.ts). */
export const checkPageAhead = (pathname: string): ReactElement =>
  pageAhead(pathname, <CheckPage />);
