import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Paths are neutral on purpose: browser history on a shared computer must not reveal what
// this app is about. Pages load on demand to keep the first load small; react-router's
// declarative mode is used because its data router costs about 16 KB gzip more at start.
const StartRoute = lazy(() => import('./start-route.tsx').then((m) => ({ default: m.StartRoute })));
const StepRoute = lazy(() => import('./step-route.tsx').then((m) => ({ default: m.StepRoute })));
const CheckRoute = lazy(() => import('./check-route.tsx').then((m) => ({ default: m.CheckRoute })));
const SummaryRoute = lazy(() =>
  import('./summary-route.tsx').then((m) => ({ default: m.SummaryRoute })),
);
const UnderEighteenPage = lazy(() =>
  import('../features/intake/under-18-page.tsx').then((m) => ({ default: m.UnderEighteenPage })),
);
const HelpRoute = lazy(() => import('./help-route.tsx').then((m) => ({ default: m.HelpRoute })));
const DeletePage = lazy(() =>
  import('../features/privacy/delete-page.tsx').then((m) => ({ default: m.DeletePage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartRoute />} />
        <Route path="prepare/check" element={<CheckRoute />} />
        <Route path="prepare/summary" element={<SummaryRoute />} />
        <Route path="prepare/adults-only" element={<UnderEighteenPage />} />
        <Route path="prepare/:position" element={<StepRoute />} />
        <Route path="help" element={<HelpRoute />} />
        <Route path="delete" element={<DeletePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
