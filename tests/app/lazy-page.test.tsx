import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../../src/app/lazy-page.ts';
import { RouteErrorBoundary } from '../../src/app/route-error-boundary.tsx';

function Greeting({ name }: { name: string }) {
  return <h1>Hello {name}</h1>;
}

function renderInBoundaries(Page: (props: { name: string }) => React.ReactElement) {
  return render(
    <RouteErrorBoundary
      fallback={(retry) => (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    >
      <Suspense fallback={<p>Loading</p>}>
        <Page name="Sam" />
      </Suspense>
    </RouteErrorBoundary>,
  );
}

describe('lazyPage', () => {
  it('renders a preloaded page at once, without a fallback', async () => {
    const Page = lazyPage(() => Promise.resolve(Greeting));
    await Page.preload();
    renderInBoundaries(Page);
    expect(screen.getByRole('heading', { name: 'Hello Sam' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends a page that was not preloaded, then shows it', async () => {
    const Page = lazyPage(() => Promise.resolve(Greeting));
    renderInBoundaries(Page);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Hello Sam' })).toBeInTheDocument();
  });

  it('says whether its code is here', async () => {
    const Page = lazyPage(() => Promise.resolve(Greeting));
    expect(Page.ready()).toBe(false);
    await Page.preload();
    expect(Page.ready()).toBe(true);
  });

  it('fetches once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Page = lazyPage(load);
    await Promise.all([Page.preload(), Page.preload()]);
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the fetch again when the page is retried after a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let online = false;
    const load = vi.fn(() =>
      online ? Promise.resolve(Greeting) : Promise.reject(new Error('offline')),
    );
    const Page = lazyPage(load);
    renderInBoundaries(Page);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('heading')).toBeNull();
    online = true;
    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { name: 'Hello Sam' })).toBeInTheDocument();
  });

  it('lets a failed preload be tried again', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Greeting);
    const Page = lazyPage(load);
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    renderInBoundaries(Page);
    expect(screen.getByRole('heading', { name: 'Hello Sam' })).toBeInTheDocument();
  });
});
