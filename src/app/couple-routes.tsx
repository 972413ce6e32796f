import { lazy } from 'react';
import { Route } from 'react-router';

// Couples' pages load on demand, in two chunks, so people who come alone download none of them.
// Paths are neutral ("together", "apart"): they show in the browser's history.
const TogetherPages = lazy(() =>
  import('./couple-pages.tsx').then((m) => ({ default: m.TogetherPages })),
);
const ApartPages = lazy(() =>
  import('./couple-pages.tsx').then((m) => ({ default: m.ApartPages })),
);

/** Route elements for couples, placed inside the app's layout route. */
export function coupleRoutes() {
  return (
    <>
      <Route path="together/*" element={<TogetherPages />} />
      <Route path="apart/*" element={<ApartPages />} />
    </>
  );
}
