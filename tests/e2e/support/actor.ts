import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './focus.ts';

/**
 * How a test operates the controls. The same journey code runs with the pointer (fast, for
 * tests about something else) or with the keyboard alone (Tab, arrows, Space, Enter), which
 * also checks that every stop shows a visible focus.
 */
export interface Actor {
  /** Ticks a checkbox (leaves it ticked if it already is). */
  check(target: Locator): Promise<void>;
  /** Selects a radio button. */
  choose(target: Locator): Promise<void>;
  /** Replaces a text field's value. */
  fill(target: Locator, text: string): Promise<void>;
  /** Activates a button or a link. */
  activate(target: Locator): Promise<void>;
}

export const pointer: Actor = {
  check: (target) => target.check(),
  choose: (target) => target.check(),
  fill: (target, text) => target.fill(text),
  activate: (target) => target.click(),
};

/** Tabs into the radio group, then moves with the arrow keys, as keyboard users do. */
async function chooseWithKeys(page: Page, target: Locator): Promise<void> {
  const name = await target.getAttribute('name');
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  await tabTo(page, group);
  const size = await group.count();
  for (let moves = 0; moves <= size && !(await isActive(target)); moves += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

async function isActive(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

export function keyboard(page: Page): Actor {
  return {
    async check(target) {
      if (await target.isChecked()) return;
      await tabTo(page, target);
      await page.keyboard.press('Space');
      await expect(target).toBeChecked();
    },
    choose: (target) => chooseWithKeys(page, target),
    async fill(target, text) {
      await tabTo(page, target);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
      await expect(target).toHaveValue(text);
    },
    async activate(target) {
      await tabTo(page, target);
      await page.keyboard.press('Enter');
    },
  };
}
