import { lazy } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAnswersStore } from '../storage/answers-store.ts';

// Couples go through the same question pages as one person. This gate sits in front of them:
// for everyone else it only renders the page; for couples it loads their rules on demand.
const TogetherJourney = lazy(() =>
  import('./together-journey.tsx').then((m) => ({ default: m.TogetherJourney })),
);
const ApartSummaryRoute = lazy(() =>
  import('./apart-summary-route.tsx').then((m) => ({ default: m.ApartSummaryRoute })),
);

export function CoupleJourneyGate() {
  const started = useAnswersStore((state) => state.ageConfirmed);
  const who = useAnswersStore((state) => state.answers.who);
  const { pathname } = useLocation();
  if (started && who === 'couple-together') return <TogetherJourney />;
  if (started && who === 'couple-apart' && pathname === '/prepare/summary') {
    return <ApartSummaryRoute />;
  }
  return <Outlet />;
}
