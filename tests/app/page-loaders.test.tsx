import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextPages, pageLoaders } from '../../src/app/page-loaders.ts';
import { usePreloadNext } from '../../src/app/use-preload-next.ts';

describe('nextPages: whose code to fetch while the person reads this page', () => {
  it.each([
    ['/', ['step']],
    ['/from', ['step']],
    ['/continue', ['step']],
    ['/prepare/1', ['check']],
    ['/prepare/6/', ['check']],
    ['/PREPARE/3', ['check']],
    ['/prepare/check', ['summary']],
    ['/prepare/summary', []],
    ['/prepare/adults-only', []],
    ['/help', []],
    ['/privacy', []],
    ['/for-therapists', []],
  ])('%s → %j', (path, pages) => {
    expect(nextPages(path)).toEqual(pages);
  });
});

describe('usePreloadNext', () => {
  afterEach(() => vi.useRealTimers());

  it('fetches the next page once the browser is idle, and only then', () => {
    vi.useFakeTimers();
    const check = vi.spyOn(pageLoaders, 'check').mockResolvedValue({} as never);
    renderHook(() => usePreloadNext('/prepare/2'));
    expect(check).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing for a page with no next page, and nothing after leaving it', () => {
    vi.useFakeTimers();
    const step = vi.spyOn(pageLoaders, 'step').mockResolvedValue({} as never);
    const summary = vi.spyOn(pageLoaders, 'summary').mockResolvedValue({} as never);
    const { rerender, unmount } = renderHook(({ path }) => usePreloadNext(path), {
      initialProps: { path: '/help' },
    });
    rerender({ path: '/prepare/check' });
    unmount();
    vi.runAllTimers();
    expect(step).not.toHaveBeenCalled();
    expect(summary).not.toHaveBeenCalled();
  });

  it('ignores a fetch that fails: the page itself tries again when opened', async () => {
    vi.useFakeTimers();
    const failed = Promise.reject(new Error('offline'));
    vi.spyOn(pageLoaders, 'step').mockReturnValue(failed as never);
    renderHook(() => usePreloadNext('/'));
    vi.runAllTimers();
    await expect(failed).rejects.toThrow('offline');
  });
});
