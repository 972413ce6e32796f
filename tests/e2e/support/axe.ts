import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe knows it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths and colour schemes every page is checked in. */
export const VIEWPORTS = {
  narrow: { width: 320, height: 720 },
  wide: { width: 1280, height: 900 },
} as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;

export interface DisplayMode {
  width: keyof typeof VIEWPORTS;
  scheme: (typeof COLOR_SCHEMES)[number];
}

export const DISPLAY_MODES: DisplayMode[] = (
  Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]
).flatMap((width) => COLOR_SCHEMES.map((scheme) => ({ width, scheme })));

/** Switches width and colour scheme in place: the page keeps its state (errors, reveals). */
export async function setDisplayMode(page: Page, mode: DisplayMode): Promise<void> {
  await page.setViewportSize(VIEWPORTS[mode.width]);
  await page.emulateMedia({ colorScheme: mode.scheme });
}

/** Runs axe with the WCAG 2.2 AA tags; returns one readable line per rule that failed. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
        .join('\n'),
  );
}

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

/**
 * The current page state passes axe at 320 px and 1280 px, in light and dark. For use by
 * any feature's e2e test: bring the page to the state to check, then call this. All four
 * modes are checked before it fails, so one run shows every problem.
 */
export async function expectAccessibleInAllModes(page: Page, label: string): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const mode of DISPLAY_MODES) {
    await setDisplayMode(page, mode);
    // axe's target-size rule counts the sticky exit bar as covering whatever sits under it at
    // the moment, so a state that ends scrolled down would fail or pass by where it stopped.
    // The layout is judged from the top; what the bar hides while scrolling is checked by the
    // focus-not-obscured tests.
    await page.evaluate(() => window.scrollTo(0, 0));
    const violations = await axeViolations(page);
    if (violations.length > 0) found[`${mode.width} ${mode.scheme}`] = violations;
  }
  expect(found, `axe violations on ${label}`).toEqual({});
}
