import { fireEvent, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckRoute, StepRoute, SummaryRoute } from '../../src/app/pages.ts';
import { usePreloadNext } from '../../src/app/use-preload-next.ts';

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

afterEach(() => vi.restoreAllMocks());

describe('usePreloadNext', () => {
  it.each([
    ['/', StepRoute],
    ['/prepare/3', CheckRoute],
    ['/prepare/check', SummaryRoute],
  ])('on %s, fetches the next page once the person taps or types', async (path, next) => {
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
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('stops listening when the page closes', async () => {
    const preload = vi.spyOn(CheckRoute, 'preload').mockResolvedValue();
    renderAt('/prepare/2').unmount();
    fireEvent.pointerDown(document.body);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(preload).not.toHaveBeenCalled();
  });
});
