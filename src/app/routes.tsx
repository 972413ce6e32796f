import { Route, Routes } from 'react-router';
import { CoupleJourneyGate } from './couple-journey-gate.tsx';
import { coupleRoutes } from './couple-routes.tsx';
import { Layout } from './layout.tsx';
import { FrameError } from './route-error.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
// The start page comes with the routes chunk: it is where most visits begin.
import { ContinueRoute, StartRoute } from './start-route.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import {
  BuilderPage,
  CheckRoute,
  DeletePage,
  HelpRoute,
  LandingPage,
  NotebookCompareRoute,
  NotebookEntryRoute,
  NotebookRoute,
  OpenPage,
  PrivacyPage,
  SendPage,
  StayingSafePage,
  StepRoute,
  SummaryRoute,
  UnderEighteenPage,
} from './pages.ts';

// Paths are neutral on purpose: browser history on a shared computer must not reveal what
// this app is about. react-router's declarative mode is used because its data router costs
// about 16 KB gzip more at start.
export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <RouteErrorBoundary fallback={(retry) => <FrameError retry={retry} />}>
            <Layout />
          </RouteErrorBoundary>
        }
      >
        <Route index element={<StartRoute />} />
        <Route path="continue" element={<ContinueRoute />} />
        {/* Couples take turns through these same pages: the gate keeps each turn private. */}
        <Route element={<CoupleJourneyGate />}>
          <Route path="prepare/check" element={<CheckRoute />} />
          <Route path="prepare/summary" element={<SummaryRoute />} />
          <Route path="prepare/:position" element={<StepRoute />} />
        </Route>
        <Route path="prepare/adults-only" element={<UnderEighteenPage />} />
        {coupleRoutes()}
        {/* A therapist's link: the code rides in the #fragment, so it never reaches a server. */}
        <Route path="from" element={<LandingPage />} />
        <Route path="prepare/send" element={<SendPage />} />
        <Route path="for-therapists" element={<BuilderPage />} />
        <Route path="for-therapists/open" element={<OpenPage />} />
        <Route path="help" element={<HelpRoute />} />
        <Route path="delete" element={<DeletePage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="staying-safe" element={<StayingSafePage />} />
        {/* "My notes": the notebook of free calls. */}
        <Route path="notes" element={<NotebookRoute />} />
        <Route path="notes/new" element={<NotebookEntryRoute />} />
        <Route path="notes/compare" element={<NotebookCompareRoute />} />
        <Route path="notes/:id" element={<NotebookEntryRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

// For main.tsx, which fetches the page for the address along with this table, and renders a
// move to a page whose code is here at once (app-router.tsx).
export { pageReadyFor, preloadPageFor } from './pages.ts';
export { preloadNoticesIfAny } from './notice-banners.tsx';
