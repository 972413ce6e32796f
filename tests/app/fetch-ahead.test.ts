import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidElement } from 'react';

vi.mock('../../src/app/warm-page.tsx', () => ({ warmPage: vi.fn() }));

const { fetchAhead, likelyNextPaths } = await import('../../src/app/fetch-ahead.ts');
const { warmPage } = await import('../../src/app/warm-page.tsx');

afterEach(() => vi.mocked(warmPage).mockClear());

describe('likelyNextPaths: where the journey usually goes next, the likeliest first', () => {
  it.each([
    ['/', ['/prepare/1']],
    ['/continue', ['/prepare/1']],
    ['/from', ['/prepare/1']],
    ['/prepare/1', ['/prepare/2', '/prepare/check']],
    ['/prepare/5/', ['/prepare/6', '/prepare/check']],
    ['/prepare/6', ['/prepare/check']],
    ['/prepare/7', ['/prepare/check']],
    ['/prepare/check', ['/prepare/summary']],
  ])('from %s, %j', (from, next) => {
    expect(likelyNextPaths(from)).toEqual(next);
  });

  it.each(['/prepare/summary', '/help', '/privacy', '/together/turn', '/prepare/send'])(
    'from %s, nowhere in particular',
    (from) => {
      expect(likelyNextPaths(from)).toEqual([]);
    },
  );
});

describe('fetchAhead', () => {
  const fetched = () => {
    const paths: string[] = [];
    const preload = vi.fn((path: string) => {
      paths.push(path);
      return Promise.resolve();
    });
    return { paths, preload };
  };

  it.each([
    ['/', '/prepare/1'],
    ['/prepare/2', '/prepare/3'],
    ['/prepare/6', '/prepare/check'],
    ['/prepare/check', '/prepare/summary'],
  ])('from %s, fetches what comes next and builds %s ahead', async (from, next) => {
    const { paths, preload } = fetched();
    await fetchAhead(from, new AbortController().signal, preload);
    expect(paths).toEqual(likelyNextPaths(from));
    expect(warmPage).toHaveBeenCalledTimes(1);
    // The page built ahead is the one at `next`, as its route would show it there.
    const built = vi.mocked(warmPage).mock.calls[0]![0];
    expect(isValidElement(built)).toBe(true);
    expect((built.props as { location: string }).location).toBe(next);
  });

  it('builds nothing once the person has moved on', async () => {
    const { paths, preload } = fetched();
    const leaving = new AbortController();
    const done = fetchAhead('/prepare/1', leaving.signal, preload);
    leaving.abort();
    await done;
    expect(paths).toEqual(['/prepare/2', '/prepare/check']);
    expect(warmPage).not.toHaveBeenCalled();
  });

  it('fetches and builds nothing where the journey has no usual next page', async () => {
    const { paths, preload } = fetched();
    await fetchAhead('/help', new AbortController().signal, preload);
    expect(paths).toEqual([]);
    expect(warmPage).not.toHaveBeenCalled();
  });

  it('builds nothing when a fetch fails, and lets the failure through', async () => {
    const preload = vi.fn(() => Promise.reject(new Error('offline')));
    await expect(fetchAhead('/', new AbortController().signal, preload)).rejects.toThrow('offline');
    expect(warmPage).not.toHaveBeenCalled();
  });
});
