import { VIEWPORTS } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import {
  clippedFocusRings,
  clippedText,
  doubleTextSize,
  horizontalOverflow,
  motionProblems,
  obscuredFocusStops,
  smallTargets,
} from './support/layout.ts';
import { pageStates } from './support/page-states.ts';
import { calmAnswers, openWithAnswers } from './support/state.ts';

// What axe cannot judge alone, measured in the rendered page for every page state:
// 2.5.8 target size, 1.4.10 reflow at 320 px, 1.4.4 text at 200%, 2.4.11 focus not
// hidden by sticky or fixed content (the "Exit this page" button), and 2.4.7 focus rings not
// cut off by a box that clips what is drawn outside it.
for (const state of pageStates) {
  test.describe(state.name, () => {
    test.use({ allowedConsoleErrors: state.allowedConsoleErrors ?? [] });

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
        add(`focus ring cut off at ${width}`, await clippedFocusRings(page));
      }
      await page.setViewportSize(VIEWPORTS.narrow);
      add('sideways scroll at 320 px', await horizontalOverflow(page));
      await doubleTextSize(page);
      add('sideways scroll at 320 px, 200% text', await horizontalOverflow(page));
      add('clipped text at 320 px, 200% text', await clippedText(page));
      await page.setViewportSize(VIEWPORTS.wide);
      add('sideways scroll at 1280 px, 200% text', await horizontalOverflow(page));
      add('clipped text at 1280 px, 200% text', await clippedText(page));
      expect(found, `layout problems on ${state.name}`).toEqual({});
    });
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  const moving = [
    'start',
    'step concerns with "something else" open',
    'results with safety resources',
  ];
  for (const name of moving) {
    test(`nothing moves on ${name}`, async ({ page }) => {
      const state = pageStates.find((candidate) => candidate.name === name)!;
      await state.open(page);
      expect(await motionProblems(page)).toEqual([]);
    });
  }
});

test.describe('layout stability', () => {
  // On a slow phone each page's code arrives late; what is already on screen must not jump.
  for (const path of ['/', '/prepare/3', '/prepare/summary', '/help']) {
    test(`nothing shifts while ${path} loads slowly`, async ({ page }) => {
      await openWithAnswers(page, '/help', calmAnswers);
      await page.route(/\/assets\/.*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      const shifts = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(
                list.getEntries().map((entry) => {
                  const shift = entry as PerformanceEntry & {
                    value: number;
                    sources?: { node?: Node | null }[];
                  };
                  const nodes = (shift.sources ?? []).map(
                    (s) => (s.node as Element | null)?.tagName,
                  );
                  return `${shift.value.toFixed(3)} ${nodes.join(', ')}`;
                }),
              );
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve([]), 500);
          }),
      );
      expect(shifts).toEqual([]);
    });
  }
});
