import type { Page } from '@playwright/test';
import { startCopy } from '../../src/content/en/start.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { expect, test } from './support/fixtures.ts';
import { untilNewHeadingFocused } from './support/focus.ts';
import { stepPath } from './support/journey.ts';
import { recordNetwork } from './support/network-recorder.ts';

// While a page is read, the next page's code is fetched and the page built once, hidden and
// outside the document (src/app/fetch-ahead.ts, warm-page.tsx). Nothing of it may show: no second
// heading, no new title, no focus moved, nothing saved.

const stepPages = /\/assets\/intake-[\w-]+\.js$/;

/** Resolves once the browser has had nothing to do twice over: the hidden build has run. */
const untilIdle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (then: () => void) => requestIdleCallback(then, { timeout: 2000 });
        idle(() => idle(resolve));
      }),
  );

test('the next page is built ahead without a trace on the page being read', async ({
  page,
  context,
}) => {
  const record = await recordNetwork(context);
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  const title = await page.title();
  const who = page
    .getByRole('group', { name: startCopy.who.legend })
    .getByRole('radio', { name: startCopy.who.options.individual.label, exact: true });
  await who.check();

  await expect
    .poll(() => record.requests.some((request) => stepPages.test(request.url)))
    .toBe(true);
  await untilIdle(page);

  // Every h1 in the document, hidden ones too: only the start page's own.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(heading).toHaveText(startCopy.title);
  await expect(page).toHaveTitle(title);
  await expect(who).toBeFocused();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY)).toBeNull();

  await page
    .getByRole('group', { name: startCopy.age.legend })
    .getByRole('radio', { name: startCopy.age.yes, exact: true })
    .check();
  await untilNewHeadingFocused(page, () =>
    page.getByRole('button', { name: startCopy.startButton, exact: true }).click(),
  );
  await expect(page).toHaveURL(stepPath('concerns'));
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).not.toHaveTitle(title);
});
