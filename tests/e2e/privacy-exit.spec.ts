import type { Page } from '@playwright/test';
import { exitCopy } from '../../src/content/en/privacy-notices.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { goalsCopy } from '../../src/content/en/steps.ts';
import { expect, test } from './support/fixtures.ts';
import { answerStep, CHECK_PATH, stepPath, typicalProfile } from './support/journey.ts';
import { openWithAnswers } from './support/state.ts';
import {
  chooseStorage,
  everythingStored,
  exitLink,
  NEUTRAL_SITE,
  startFromStartPage,
  stubNeutralSite,
  watchPageLeaving,
} from './privacy-support.ts';

// The quick exit. The neutral site is answered by the test (route), so nothing reaches it;
// the guard's list of off-origin requests is then emptied of that one expected navigation.

const MARKER = 'Pelican3318';

test.afterEach(({ guard }) => {
  guard.offOriginRequests = guard.offOriginRequests.filter((url) => url !== NEUTRAL_SITE);
});

const arrived = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeFocused();

test('the Exit button hides the page, forgets the answers, and goes to a neutral site', async ({
  page,
}) => {
  await openWithAnswers(page, CHECK_PATH, { concerns: ['shame'], otherConcern: MARKER });
  await expect(page.getByText(MARKER)).toBeVisible();
  const visits = await stubNeutralSite(page);
  const leftBehind = await watchPageLeaving(page);
  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(visits).toEqual([NEUTRAL_SITE]);
  await expect
    .poll(() => leftBehind)
    .toEqual([{ hidden: true, title: '', sessionKeys: [], localKeys: [] }]);
});

test('the exit replaces the page: the neutral site loads, and Back shows no answers', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await page.goto('/');
  await startFromStartPage(page);
  await answerStep(page, 'concerns', { ...typicalProfile });
  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);

  await page.goBack();
  // Either the browser restored the page from its back/forward cache and the pageshow guard
  // left again, or it loaded the app afresh with nothing saved. Never are answers shown.
  // (The guard itself is tested with a restored page in tests/features/privacy/quick-exit.test.tsx.)
  let outcome = '';
  await expect
    .poll(async () => {
      if (page.url() === NEUTRAL_SITE) return (outcome = 'left again');
      const stored = await everythingStored(page);
      const checked = await page.getByRole('checkbox', { checked: true }).count();
      outcome = Object.keys(stored.session).length === 0 && checked === 0 ? 'fresh' : 'answers';
      return outcome;
    })
    .not.toBe('answers');
  test.info().annotations.push({ type: 'back after exit', description: outcome });
  console.log(`[privacy] Back after exit: ${outcome}`);
});

test('pressing Shift three times leaves, and each press is announced', async ({ page }) => {
  await openWithAnswers(page, stepPath('goals'), { otherConcern: MARKER });
  await arrived(page);
  const visits = await stubNeutralSite(page);
  const leftBehind = await watchPageLeaving(page);
  await page.keyboard.press('Shift');
  await expect(page.getByText(exitCopy.shiftCount(2))).toBeAttached();
  await page.keyboard.press('Shift');
  await expect(page.getByText(exitCopy.shiftCount(1))).toBeAttached();
  expect(visits).toEqual([]);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect.poll(() => leftBehind[0]).toMatchObject({ hidden: true, sessionKeys: [] });
});

test('typing capital letters never triggers the exit', async ({ page }) => {
  await openWithAnswers(page, stepPath('goals'));
  await arrived(page);
  const visits = await stubNeutralSite(page);
  const field = page.getByRole('textbox', { name: goalsCopy.better, exact: true });
  await field.click();
  await page.keyboard.type('I Want To Feel OK Again. ABC DEF');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(field).toHaveValue('I Want To Feel OK Again. ABC DEF');
  expect(visits).toEqual([]);
  expect(await page.evaluate(() => document.body.hidden)).toBe(false);
});

test('answers the person chose to save on this device are kept after an exit', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await chooseStorage(page, 'device', { days: 5 });
  await startFromStartPage(page);
  await answerStep(page, 'concerns', typicalProfile);
  await stubNeutralSite(page);
  const leftBehind = await watchPageLeaving(page);
  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect
    .poll(() => leftBehind[0])
    .toMatchObject({
      hidden: true,
      sessionKeys: [],
      localKeys: expect.arrayContaining(['consult-prep.state', 'consult-prep.settings']),
    });

  // They open again behind "Continue where you left off" (privacy-exit-saved.spec.ts).
  const later = await context.newPage();
  await later.goto(stepPath('concerns'));
  await later.getByRole('button', { name: startCopy.saved.continue }).click();
  await expect(later).toHaveURL(stepPath('details'));
  await later.goto(stepPath('concerns'));
  await expect(later.getByRole('checkbox', { name: /Low or lost desire/ })).toBeChecked();
});

// WCAG 2.4.11: the sticky exit bar never hides the field that has focus, going forward or
// back with the keyboard, on a phone and on a desktop.
for (const viewport of [
  { width: 320, height: 568 },
  { width: 1280, height: 720 },
]) {
  test(`the Exit bar never covers the focused element at ${viewport.width} px`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await openWithAnswers(page, stepPath('concerns'), { concerns: ['shame'] });
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const covered: string[] = [];
    const check = async () => {
      const problem = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.exit-bar');
        if (!el || !bar || bar.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const overlaps = r.top < b.bottom && r.bottom > b.top && r.height > 0;
        return overlaps ? `${el.tagName}#${el.id} top ${r.top} under bar ${b.bottom}` : null;
      });
      if (problem) covered.push(problem);
    };
    // Down the page to the end, then back up to the top.
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      await check();
    }
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Shift+Tab');
      await check();
    }
    expect(covered).toEqual([]);
  });
}
