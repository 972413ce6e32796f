import { appCopy } from '../../src/content/en/app.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { concernCopy } from '../../src/content/en/concerns.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { concernsCopy } from '../../src/content/en/steps.ts';
import { stepIds, stepNumber } from '../../src/questionnaire/steps.ts';
import { keyboard } from './support/actor.ts';
import { expect, test } from './support/fixtures.ts';
import {
  expectHeadingFocused,
  expectVisibleFocus,
  tabTo,
  untilNewHeadingFocused,
} from './support/focus.ts';
import {
  answerStep,
  beginJourney,
  CHECK_PATH,
  continueButton,
  SUMMARY_PATH,
  typicalProfile,
} from './support/journey.ts';

const errorSummary = (page: import('@playwright/test').Page) =>
  page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: appCopy.errorSummaryTitle }),
  });

test('the whole journey with the keyboard alone, focus always visible', async ({ page }) => {
  // Every Tab stop on the way is checked for a visible focus indicator (see actor.ts).
  test.slow(); // a few hundred key presses, each checked
  const keys = keyboard(page);
  await beginJourney(page, keys);
  for (const step of stepIds) {
    await expectHeadingFocused(page);
    await expect(page).toHaveTitle(new RegExp(`^Step ${stepNumber(step)} of ${stepIds.length} `));
    await answerStep(page, step, typicalProfile, keys);
  }
  await expect(page).toHaveURL(CHECK_PATH);
  await expectHeadingFocused(page);
  const toSummary = page.getByRole('link', { name: checkCopy.continue, exact: true });
  await untilNewHeadingFocused(page, () => keys.activate(toSummary));
  await expect(page).toHaveURL(SUMMARY_PATH);
  // On the results, the keyboard reaches every control.
  const controls = page.getByRole('main').locator('a[href], button, input, summary');
  await tabTo(page, controls.last(), 400);
});

test('the skip link comes first, shows when focused, and moves to the main content', async ({
  page,
}) => {
  await page.goto('/help');
  await expectHeadingFocused(page);
  const skip = page.getByRole('link', { name: appCopy.skipLink });
  const firstTabbable = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')]
      .find((el) => el.tabIndex >= 0)
      ?.textContent?.trim(),
  );
  expect(firstTabbable).toBe(appCopy.skipLink);
  // Pages focus their h1 on arrival, so keyboard users go back up to reach the skip link.
  await tabTo(page, skip, 20, 'Shift+Tab');
  await expectVisibleFocus(page);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes to a control inside main, not back to the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
});

test('the error summary takes focus and its links move to the field', async ({ page }) => {
  await beginJourney(page);
  await continueButton(page).press('Enter');
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);

  await page.keyboard.press('Tab');
  const link = errorSummary(page).getByRole('link', { name: concernsCopy.error });
  await expect(link).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const firstConcern = page.getByRole('checkbox', {
    name: concernCopy['low-desire'].label,
    exact: true,
  });
  await expect(firstConcern).toBeFocused();
  await expect(firstConcern).toBeInViewport();

  // Fixing the answer and continuing clears the error and moves on.
  await page.keyboard.press('Space');
  await continueButton(page).press('Enter');
  await expect(page).toHaveURL(`/prepare/${stepNumber('details')}`);
  await expectHeadingFocused(page);
});

test('each link of a two-error summary goes to its own field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: startCopy.startButton, exact: true }).press('Enter');
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: startCopy.age.error }).press('Enter');
  await expect(page.getByRole('radio', { name: startCopy.age.yes, exact: true })).toBeFocused();
  await summary.getByRole('link', { name: startCopy.who.error }).press('Enter');
  await expect(
    page.getByRole('radio', { name: startCopy.who.options.individual.label, exact: true }),
  ).toBeFocused();
});
