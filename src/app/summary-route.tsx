import type { ReactElement } from 'react';
import { Navigate } from 'react-router';
import { stepNumber } from '../questionnaire/steps.ts';
import { AfterCallsLine } from '../features/notebook/after-calls-panel.tsx';
import { SummaryPage } from '../features/results/summary-page.tsx';
import { useLinkSummaryMarkdown } from '../features/therapist/link-check-answers.tsx';
import { LinkSummaryIntro, LinkSummarySections } from '../features/therapist/results-parts.tsx';
import { pageAhead } from './page-ahead.tsx';
import { useProgress } from './use-progress.ts';

/** The summary needs every step; a deep link without answers goes to where the person should be. */
export function SummaryRoute() {
  const { ageConfirmed, nextStep } = useProgress();
  if (!ageConfirmed) return <Navigate to="/" replace />;
  if (nextStep) return <Navigate to={`/prepare/${stepNumber(nextStep)}`} replace />;
  return <Summary />;
}

function Summary() {
  const linkMarkdown = useLinkSummaryMarkdown();
  // With a therapist's link: who it is for, their questions, and "Send to {name}".
  return (
    <SummaryPage
      intro={<LinkSummaryIntro />}
      extraSections={<LinkSummarySections />}
      extraMarkdown={linkMarkdown}
      afterCalls={<AfterCallsLine />}
    />
  );
}

/** The summary as it shows once every step is done: built ahead (fetch-ahead.ts). */
export const summaryPageAhead = (pathname: string): ReactElement =>
  pageAhead(pathname, <Summary />);
