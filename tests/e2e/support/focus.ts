import { expect, type Locator, type Page } from '@playwright/test';

/** What the keyboard currently rests on, described for assertion messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${name}`;
  });
}

interface FocusReport {
  /** A focus problem to report, or '' when the focus is visible (or on nothing). */
  problem: string;
  /** Whether the focus rests on one of the given elements. */
  onTarget: boolean;
}

// Runs in the page. Kept self-contained: Playwright sends it as text.
function inspectFocus(targets: Element[]): FocusReport {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { problem: '', onTarget: false };
  const style = getComputedStyle(el);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) >= 2 &&
    style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = style.boxShadow !== 'none';
  const rect = el.getBoundingClientRect();
  const onScreen =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < innerHeight &&
    rect.left < innerWidth;
  const tag = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  const problem =
    !outline && !shadow
      ? `${tag} has no outline or focus shadow`
      : !onScreen
        ? `${tag} is focused but off screen`
        : '';
  return { problem, onTarget: targets.includes(el) };
}

/**
 * The focused element shows a focus indicator (WCAG 2.4.7): an outline at least 2 px wide or
 * a box shadow, and it is on screen. Call it after each Tab.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focused = await page.evaluate(() => document.activeElement !== document.body);
  expect(focused, 'something has focus').toBe(true);
  const { problem } = await page.locator(':focus').evaluateAll(inspectFocus);
  expect(problem, problem).toBe('');
}

/**
 * Presses Tab (or Shift+Tab) until one of `target`'s elements has focus, checking the focus is
 * visible at every stop on the way (one round trip per key press). Fails after `max` presses,
 * so an unreachable control fails the test.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  max = 150,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    const report = await target.evaluateAll(inspectFocus);
    // Where focus starts (a page's h1, say) was not reached with the keyboard: not checked.
    if (presses > 0 && report.problem) throw new Error(`Focus not visible: ${report.problem}`);
    if (report.onTarget) return;
    if (presses < max) await page.keyboard.press(key);
  }
  throw new Error(
    `Tab did not reach ${target} in ${max} presses (at ${await describeFocus(page)})`,
  );
}

/** The page's h1 has focus: what each page does on arrival, so screen readers hear its name. */
export async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/**
 * Runs `action` (a press that changes page) and waits until a new page's h1 has focus. The
 * URL changes before a lazy page has rendered, so waiting on the URL alone would let the next
 * key press land on the old page.
 */
export async function untilNewHeadingFocused(page: Page, action: () => Promise<void>) {
  const old = await page.evaluateHandle(() => document.querySelector('h1'));
  await action();
  await page.waitForFunction(
    (previous) => document.activeElement?.tagName === 'H1' && document.activeElement !== previous,
    old,
  );
  await old.dispose();
}
