import { appCopy } from '../../src/content/en/app.ts';
import { expectAccessibleInAllModes, VIEWPORTS } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import {
  clippedText,
  doubleTextSize,
  headingProblems,
  horizontalOverflow,
  obscuredFocusStops,
  smallTargets,
} from './support/layout.ts';
import { privacyPageStates } from './privacy-page-states.ts';

// The privacy pages get the checks every page gets (see a11y.spec.ts and measure.spec.ts).
for (const state of privacyPageStates) {
  test.describe(state.name, () => {
    test('passes axe, with a neutral title and headings in order', async ({ page }) => {
      await state.open(page);
      await expect(page).toHaveTitle(new RegExp(`\\S.* – ${appCopy.titleSuffix}$`));
      // History on a shared computer shows titles: none names what the app is about.
      expect(await page.title()).not.toMatch(/sex|therap|intima|desire|abuse/i);
      expect(await headingProblems(page), 'heading order').toEqual([]);
      await expectAccessibleInAllModes(page, state.name);
    });

    test('targets, reflow, 200% text and unobscured focus', async ({ page }) => {
      await state.open(page);
      const found: Record<string, string[]> = {};
      const add = (key: string, problems: string[]) => {
        if (problems.length > 0) found[key] = problems;
      };
      for (const [width, size] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(size);
        add(`targets under 24 px at ${width}`, await smallTargets(page));
        add(`focus hidden at ${width}`, await obscuredFocusStops(page));
      }
      await page.setViewportSize(VIEWPORTS.narrow);
      add('sideways scroll at 320 px', await horizontalOverflow(page));
      await doubleTextSize(page);
      add('sideways scroll at 320 px, 200% text', await horizontalOverflow(page));
      add('clipped text at 320 px, 200% text', await clippedText(page));
      expect(found, `layout problems on ${state.name}`).toEqual({});
    });
  });
}
