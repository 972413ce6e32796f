import { lazy, type ComponentType } from 'react';
import { Route } from 'react-router';

// Couples' pages, loaded on demand. Paths are neutral ("together", "apart"): they show in the
// browser's history on a shared computer.
const page = <T, P extends object = object>(
  load: () => Promise<T>,
  pick: (m: T) => ComponentType<P>,
) => lazy(() => load().then((m) => ({ default: pick(m) })));

const FactsPage = page(
  () => import('../features/couples/facts-page.tsx'),
  (m) => m.FactsPage,
);
const TurnPage = page(
  () => import('../features/couples/turn-page.tsx'),
  (m) => m.TurnPage,
);
const MarkPrivatePage = page(
  () => import('../features/couples/mark-private-page.tsx'),
  (m) => m.MarkPrivatePage,
);
const TogetherMineRoute = page(
  () => import('./together-mine-route.tsx'),
  (m) => m.TogetherMineRoute,
);
const TogetherCompareRoute = page(
  () => import('./couple-compare-routes.tsx'),
  (m) => m.TogetherCompareRoute,
);
const ApartCompareRoute = page(
  () => import('./couple-compare-routes.tsx'),
  (m) => m.ApartCompareRoute,
);
const PartnerViewRoute = page(
  () => import('./partner-view-route.tsx'),
  (m) => m.PartnerViewRoute,
);
const ShareCodePage = page(
  () => import('../features/couples/share-code-page.tsx'),
  (m) => m.ShareCodePage,
);
const EnterCodePage = page(
  () => import('../features/couples/enter-code-page.tsx'),
  (m) => m.EnterCodePage,
);

/** Route elements for couples, placed inside the app's layout route. */
export function coupleRoutes() {
  return (
    <>
      <Route path="together" element={<FactsPage />} />
      <Route path="together/turn" element={<TurnPage />} />
      <Route path="together/mark" element={<MarkPrivatePage mode="together" />} />
      <Route path="together/mine" element={<TogetherMineRoute />} />
      <Route path="together/compare" element={<TogetherCompareRoute />} />
      <Route path="together/view/:partner" element={<PartnerViewRoute />} />
      <Route path="apart/mark" element={<MarkPrivatePage mode="apart" />} />
      <Route path="apart/share" element={<ShareCodePage />} />
      <Route path="apart/enter" element={<EnterCodePage />} />
      <Route path="apart/compare" element={<ApartCompareRoute />} />
    </>
  );
}
