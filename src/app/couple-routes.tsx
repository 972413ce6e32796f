import { Route } from 'react-router';
import { lazyPage, type LazyPage } from './lazy-page.ts';

// Couples' pages load on demand, in two chunks, so people who come alone download none of them.
// Paths are neutral ("together", "apart"): they show in the browser's history.
const TogetherPages = lazyPage(() => import('./couple-pages.tsx').then((m) => m.TogetherPages));
const ApartPages = lazyPage(() => import('./couple-pages.tsx').then((m) => m.ApartPages));

/** The couples' pages by path, so the one for an address can load before the first render. */
export const couplePages: [path: string, page: LazyPage<object>][] = [
  ['/together/*', TogetherPages],
  ['/apart/*', ApartPages],
];

/** Route elements for couples, placed inside the app's layout route. */
export function coupleRoutes() {
  return (
    <>
      <Route path="together/*" element={<TogetherPages />} />
      <Route path="apart/*" element={<ApartPages />} />
    </>
  );
}
