import type { Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { exitLink, NEUTRAL_SITE, stubNeutralSite } from './privacy-support.ts';
import { expect, test } from './support/fixtures.ts';
import { stepPath } from './support/journey.ts';

// The start page's words are written into index.html at build time
// (scripts/early-start-page.ts), so a first visit can read them before the app's code has run.
// They show only when the app will draw that same page (scripts/early-start-guard.ts). Until the
// app replaces them they are inert and hidden from assistive technology; the Exit link works.

/** Holds back the app's scripts until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// The early copy is hidden from assistive technology on purpose, so role queries cannot see
// it: these look at the page as a sighted person does.
const drawnHeading = (page: Page) => page.locator('h1');

test('a first visit shows the start page before the app runs, and the app takes over in place', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });

  await expect(drawnHeading(page)).toBeVisible();
  await expect(drawnHeading(page)).toHaveText(startCopy.title);
  // Seen, but not yet usable: nothing for a screen reader to meet, and Start is not offered.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: startCopy.startButton })).toHaveCount(0);
  // The way out is live from the first moment; the Shift shortcut is not, so it is not offered.
  await expect(exitLink(page)).toHaveAttribute('href', NEUTRAL_SITE);
  await expect(page.getByText(appCopy.exitHint)).toBeHidden();
  const earlyBox = await drawnHeading(page).boundingBox();

  release();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.locator('.early-start')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(appCopy.exitHint)).toBeVisible();
  expect(await heading.boundingBox()).toEqual(earlyBox);
  // The app's own copy replaced the early one where it stood: nothing moved.
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);

  await page
    .getByRole('group', { name: startCopy.who.legend })
    .getByRole('radio', { name: startCopy.who.options.individual.label, exact: true })
    .check();
  await page
    .getByRole('group', { name: startCopy.age.legend })
    .getByRole('radio', { name: startCopy.age.yes, exact: true })
    .check();
  await page.getByRole('button', { name: startCopy.startButton, exact: true }).click();
  await expect(page).toHaveURL(stepPath('concerns'));
});

test('the Exit link works before the app has run', async ({ page, guard }) => {
  const visits = await stubNeutralSite(page);
  await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(drawnHeading(page)).toBeVisible();
  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(visits).toEqual([NEUTRAL_SITE]);
  // The one expected navigation away, answered by the stub above (as in privacy-exit.spec.ts).
  guard.offOriginRequests = guard.offOriginRequests.filter((url) => url !== NEUTRAL_SITE);
});

const otherFirstPages: { name: string; path: string; locale?: string; kept?: boolean }[] = [
  { name: 'a deep link to a step', path: stepPath('concerns') },
  { name: 'the help page', path: '/help' },
  { name: 'an address that asks for Spanish', path: '/?lang=es' },
  { name: 'a browser that prefers Spanish', path: '/', locale: 'es-ES' },
  { name: 'a visit with something kept in the tab', path: '/', kept: true },
];

for (const visit of otherFirstPages) {
  test(`nothing of the start page shows early on ${visit.name}`, async ({ browser }) => {
    const context = await browser.newContext(visit.locale ? { locale: visit.locale } : {});
    try {
      const page = await context.newPage();
      if (visit.kept) {
        await page.addInitScript(() => sessionStorage.setItem('consult-prep.language', 'en'));
      }
      const release = await holdScripts(page);
      await page.goto(visit.path, { waitUntil: 'commit' });
      // The early copy is in the page, parsed, yet never shown.
      await expect(page.locator('.early-start')).toHaveCount(1);
      await expect(page.locator('.early-start')).toBeHidden();
      await expect(drawnHeading(page)).toBeHidden();
      release();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.early-start')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
}
