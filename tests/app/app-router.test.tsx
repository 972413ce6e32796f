import { Suspense, type ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRouter } from '../../src/app/app-router.tsx';
import { lazyPage } from '../../src/app/lazy-page.ts';

function StepOne() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Step 1</h1>
      <button type="button" onClick={() => navigate('/prepare/2')}>
        Continue
      </button>
    </>
  );
}

/** A next page whose code arrives only when the test says so. */
function slowPage() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const Page = lazyPage(async () => {
    await arrived;
    return () => <h1>Step 2</h1>;
  });
  return { Page, arrive };
}

function renderApp(Next: ComponentType, pageReady: (path: string) => boolean) {
  return render(
    <AppRouter basename="/" pageReady={pageReady}>
      <Suspense fallback={<p>Blank page</p>}>
        <Routes>
          <Route path="/prepare/1" element={<StepOne />} />
          <Route path="/prepare/2" element={<Next />} />
        </Routes>
      </Suspense>
    </AppRouter>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('AppRouter', () => {
  it('keeps the page before on screen while the next page’s code is coming', async () => {
    window.history.replaceState(null, '', '/prepare/1');
    const { Page, arrive } = slowPage();
    renderApp(Page, (path) => path !== '/prepare/2');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Step 1' })).toBeInTheDocument();
    expect(screen.queryByText('Blank page')).toBeNull();
    arrive();
    expect(await screen.findByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/prepare/2');
  });

  it('renders a move at once when the page says its code is here', async () => {
    window.history.replaceState(null, '', '/prepare/1');
    // Told (wrongly, on purpose) that the code is here, the router does not wait in a
    // transition, so the page that still suspends shows the fallback: proof of the direct render.
    const { Page, arrive } = slowPage();
    renderApp(Page, () => true);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Blank page')).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
  });

  it('follows the back button', async () => {
    window.history.replaceState(null, '', '/prepare/1');
    renderApp(
      () => <h1>Step 2</h1>,
      () => true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toBeInTheDocument();
    window.history.back();
    expect(await screen.findByRole('heading', { name: 'Step 1' })).toBeInTheDocument();
  });
});
