import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Frame } from '../../src/app/frame.tsx';
import { loadFresh } from './load-fresh.ts';

/**
 * Opens the whole app as a new visit would: the stores boot again from whatever is in
 * sessionStorage and localStorage now. Returns the fresh store modules with the view.
 */
export async function bootApp(path = '/') {
  const stores = await loadFresh();
  const { AppRoutes, preloadNoticesIfAny } = await import('../../src/app/routes.tsx');
  // As main.tsx does: a notice waiting at start has its code here before the first render.
  await preloadNoticesIfAny();
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Frame>
        <AppRoutes />
      </Frame>
    </MemoryRouter>,
  );
  return { ...stores, ...view, user };
}
