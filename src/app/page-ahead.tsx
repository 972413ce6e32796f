import type { ReactElement } from 'react';
import { Router, type Navigator } from 'react-router';

// The copy built ahead never goes anywhere: none of its effects run, and no one can press it.
const staysPut: Navigator = {
  createHref: (to) => (typeof to === 'string' ? to : (to.pathname ?? '')),
  go() {},
  push() {},
  replace() {},
};

/** A page as it will show at `pathname`, to be built ahead of time (warm-page.tsx). */
export function pageAhead(pathname: string, page: ReactElement): ReactElement {
  return (
    <Router location={pathname} navigator={staysPut}>
      {page}
    </Router>
  );
}
