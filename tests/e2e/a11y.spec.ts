import { appCopy } from '../../src/content/en/app.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { headingProblems } from './support/layout.ts';
import { pageStates } from './support/page-states.ts';

// WCAG 2.2 AA in a real browser: every page and state (errors, reveals, notices) passes axe
// at 320 px and 1280 px, in light and dark, sets its language and a page title of its own,
// and keeps its headings in order.
for (const state of pageStates) {
  test.describe(state.name, () => {
    test.use({ allowedConsoleErrors: state.allowedConsoleErrors ?? [] });

    test('passes axe, with language, title and headings in order', async ({ page }) => {
      await state.open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle(new RegExp(`\\S.* – ${appCopy.titleSuffix}$`));
      expect(await headingProblems(page), 'heading order').toEqual([]);
      await expectAccessibleInAllModes(page, state.name);
    });
  });
}
