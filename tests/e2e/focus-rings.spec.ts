import { appCopy } from '../../src/content/en/app.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { expect, test } from './support/fixtures.ts';
import { clippedFocusRings } from './support/layout.ts';
import { openWithAnswers } from './support/state.ts';
import { continueButton, stepPath } from './support/journey.ts';

// A long step lays out its later questions only as they near the screen (content-visibility in
// styles.css). Such a group clips what is drawn outside it, so its padding must leave room for
// the focus ring of every box, button and field inside it: at phone width and on a wide screen,
// with and without an error on the page.

for (const step of stepIds) {
  test(`step ${stepPath(step)}: every focus ring shows whole`, async ({ page }) => {
    // The steps before this one answered, so the page opens rather than sending the person back.
    const before = stepIds.slice(0, stepIds.indexOf(step));
    await openWithAnswers(page, stepPath(step), { otherConcern: 'Something else' }, before);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveURL(stepPath(step));
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await clippedFocusRings(page), `at ${width} px`).toEqual([]);
    }
  });
}

test('with an error on a question below the first, every focus ring still shows whole', async ({
  page,
}) => {
  // Married, and the safety question left open: the one later question that must be answered.
  await openWithAnswers(page, stepPath('relationship'), { relationship: 'married' }, [
    'concerns',
    'details',
  ]);
  await expect(page).toHaveURL(stepPath('relationship'));
  await continueButton(page).click();
  await expect(page.getByRole('alert')).toContainText(appCopy.errorSummaryTitle);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await clippedFocusRings(page), `at ${width} px`).toEqual([]);
  }
});
