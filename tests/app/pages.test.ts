import { afterEach, describe, expect, it, vi } from 'vitest';
import * as pages from '../../src/app/pages.ts';
import { couplePages } from '../../src/app/couple-routes.tsx';
import { pageReadyFor, preloadPageFor } from '../../src/app/pages.ts';

type PageName = Exclude<keyof typeof pages, 'preloadPageFor' | 'pageReadyFor'>;

afterEach(() => vi.restoreAllMocks());

/** Which page's preload `preloadPageFor(path)` calls, with every page's fetch stubbed. */
async function preloadedBy(path: string): Promise<string[]> {
  const called: string[] = [];
  const named: [string, { preload: () => Promise<void> }][] = [
    ...(Object.entries(pages).filter(([name]) => /^[A-Z]/.test(name)) as [
      PageName,
      { preload: () => Promise<void> },
    ][]),
    ['together pages', couplePages[0]![1]],
    ['apart pages', couplePages[1]![1]],
  ];
  for (const [name, page] of named) {
    vi.spyOn(page, 'preload').mockImplementation(() => {
      called.push(name);
      return Promise.resolve();
    });
  }
  await preloadPageFor(path);
  return called;
}

describe('preloadPageFor: the page for an address loads before the first render', () => {
  it.each([
    ['/prepare/1', 'StepRoute'],
    ['/prepare/6', 'StepRoute'],
    ['/prepare/check', 'CheckRoute'],
    ['/Prepare/Check/', 'CheckRoute'],
    ['/prepare/summary', 'SummaryRoute'],
    ['/prepare/send', 'SendPage'],
    ['/prepare/adults-only', 'UnderEighteenPage'],
    ['/from', 'LandingPage'],
    ['/for-therapists', 'BuilderPage'],
    ['/for-therapists/open', 'OpenPage'],
    ['/help', 'HelpRoute'],
    ['/delete', 'DeletePage'],
    ['/privacy', 'PrivacyPage'],
    ['/staying-safe', 'StayingSafePage'],
    ['/together/turn', 'together pages'],
    ['/apart/share', 'apart pages'],
  ])('%s loads %s, and only it', async (path, page) => {
    expect(await preloadedBy(path)).toEqual([page]);
  });

  it.each(['/', '/continue', '/no-such-page', '/prepare', '/help/more'])(
    '%s has no page of its own to load',
    async (path) => {
      expect(await preloadedBy(path)).toEqual([]);
    },
  );
});

describe('pageReadyFor: whether a move can render at once', () => {
  it('is true for a page once its code is here, and false before', () => {
    const ready = vi.spyOn(pages.CheckRoute, 'ready');
    ready.mockReturnValue(false);
    expect(pageReadyFor('/prepare/check')).toBe(false);
    ready.mockReturnValue(true);
    expect(pageReadyFor('/prepare/check')).toBe(true);
  });

  it('asks the page at the address, not another', () => {
    vi.spyOn(pages.StepRoute, 'ready').mockReturnValue(true);
    vi.spyOn(pages.SummaryRoute, 'ready').mockReturnValue(false);
    expect(pageReadyFor('/prepare/3')).toBe(true);
    expect(pageReadyFor('/prepare/summary')).toBe(false);
  });

  it.each(['/', '/continue', '/no-such-page'])(
    '%s comes with the route table, so it is always ready',
    (path) => {
      expect(pageReadyFor(path)).toBe(true);
    },
  );
});
