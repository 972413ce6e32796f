import { fireEvent, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckRoute, StepRoute, SummaryRoute } from '../../src/app/pages.ts';
import { READING_MS, usePreloadNext } from '../../src/app/use-preload-next.ts';

// Building the next page ahead has tests of its own (warm-page.test.tsx): here, only fetching.
vi.mock('../../src/app/warm-page.tsx', () => ({ warmPage: vi.fn() }));

function Probe() {
  usePreloadNext();
  return <p>A page</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Probe />
    </MemoryRouter>,
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('usePreloadNext', () => {
  it.each([
    ['/', StepRoute],
    ['/prepare/3', CheckRoute],
    ['/prepare/check', SummaryRoute],
  ])('on %s, fetches the next page as soon as the person taps or types', async (path, next) => {
    const preload = vi.spyOn(next, 'preload').mockResolvedValue();
    renderAt(path);
    // Reading alone fetches nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(preload).not.toHaveBeenCalled();
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(document.body, { key: 'Tab' });
    await waitFor(() => expect(preload).toHaveBeenCalledTimes(1));
  });

  it('fetches nothing where the journey has no usual next page', async () => {
    const spies = [StepRoute, CheckRoute, SummaryRoute].map((page) =>
      vi.spyOn(page, 'preload').mockResolvedValue(),
    );
    renderAt('/prepare/summary');
    fireEvent.pointerDown(document.body);
    // Once idle comes and the fetcher's own code is here, there is still nothing to fetch.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await vi.dynamicImportSettled();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['/', StepRoute],
    ['/prepare/check', SummaryRoute],
  ])('on %s, a page that is only read fetches the next one after a moment', async (path, next) => {
    vi.useFakeTimers();
    const preload = vi.spyOn(next, 'preload').mockResolvedValue();
    renderAt(path);
    vi.advanceTimersByTime(READING_MS - 1);
    expect(preload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    await vi.waitFor(() => expect(preload).toHaveBeenCalledTimes(1));
  });

  it('fetches once when the person taps and then keeps reading', async () => {
    vi.useFakeTimers();
    const preload = vi.spyOn(CheckRoute, 'preload').mockResolvedValue();
    renderAt('/prepare/4');
    fireEvent.pointerDown(document.body);
    vi.advanceTimersByTime(READING_MS * 3);
    fireEvent.keyDown(document.body, { key: 'Tab' });
    vi.runOnlyPendingTimers();
    await vi.waitFor(() => expect(preload).toHaveBeenCalled());
    await vi.dynamicImportSettled();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('stops listening and waiting when the page closes', () => {
    vi.useFakeTimers();
    const preload = vi.spyOn(CheckRoute, 'preload').mockResolvedValue();
    renderAt('/prepare/2').unmount();
    fireEvent.pointerDown(document.body);
    vi.advanceTimersByTime(READING_MS * 3);
    expect(preload).not.toHaveBeenCalled();
  });
});
