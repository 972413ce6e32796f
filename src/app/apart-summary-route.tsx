import { Navigate } from 'react-router';
import { ApartNextPanel } from '../features/couples/apart-next-panel.tsx';
import { useApartRedirect } from '../features/couples/use-couple-guards.ts';
import { SummaryPage } from '../features/results/summary-page.tsx';
import { LinkSummaryIntro, LinkSummarySections } from '../features/therapist/results-parts.tsx';

/** A partner's own summary, on their own device, with the way to share with their partner. */
export function ApartSummaryRoute() {
  const redirect = useApartRedirect('summary');
  if (redirect) return <Navigate to={redirect} replace />;
  return (
    <SummaryPage
      intro={
        <>
          <LinkSummaryIntro />
          <ApartNextPanel />
        </>
      }
      extraSections={<LinkSummarySections />}
    />
  );
}
