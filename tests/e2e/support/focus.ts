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

/**
 * The focused element shows a focus indicator (WCAG 2.4.7): an outline at least 2 px wide or
 * a box shadow, and it is on screen. Call it after each Tab.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const result = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, why: 'nothing is focused' };
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
    if (!outline && !shadow) return { ok: false, why: `${tag} has no outline or focus shadow` };
    if (!onScreen) return { ok: false, why: `${tag} is focused but off screen` };
    return { ok: true, why: '' };
  });
  expect(result.ok, result.why).toBe(true);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until one of `target`'s elements has focus, checking the focus is
 * visible at every stop on the way. Fails after `max` presses, so an unreachable control fails.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  max = 150,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    if (await page.evaluate(() => document.activeElement !== document.body)) {
      await expectVisibleFocus(page);
    }
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
