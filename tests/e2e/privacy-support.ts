import { expect, type Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { storageFormCopy, storageModeCopy } from '../../src/content/en/privacy.ts';
import { startCopy } from '../../src/content/en/start.ts';
import type { StorageMode } from '../../src/storage/storage-settings.ts';
import { stepPath } from './support/journey.ts';

// Helpers for the privacy specs: the storage choice, the start form, and reading storage.

/** The exit goes to a real site: tests answer for it, so no request leaves this machine. */
export const NEUTRAL_SITE = 'https://weather.com/';

/** Answers for the neutral site, so no request leaves this machine. Returns the visits. */
export async function stubNeutralSite(page: Page): Promise<string[]> {
  const visits: string[] = [];
  await page.context().route('https://weather.com/**', async (route) => {
    visits.push(route.request().url());
    await route.fulfill({
      contentType: 'text/html',
      body: '<title>Weather</title><h1>Weather</h1>',
    });
  });
  return visits;
}

export interface LeftBehind {
  hidden: boolean;
  title: string;
  sessionKeys: string[];
  localKeys: string[];
}

/**
 * What the page looks like and holds at the moment it starts to leave (beforeunload runs
 * after the exit has hidden and wiped, just before the browser swaps the page out).
 */
export async function watchPageLeaving(page: Page): Promise<LeftBehind[]> {
  const snapshots: LeftBehind[] = [];
  await page.exposeBinding('__leftBehind', (_source, snapshot: LeftBehind) => {
    snapshots.push(snapshot);
  });
  await page.evaluate(() => {
    const keys = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    window.addEventListener('beforeunload', () => {
      const report = (window as unknown as Record<string, (s: unknown) => void>).__leftBehind;
      report?.({
        hidden: document.body.hidden,
        title: document.title,
        sessionKeys: keys(sessionStorage),
        localKeys: keys(localStorage),
      });
    });
  });
  return snapshots;
}

export const exitLink = (page: Page) => page.getByRole('link', { name: appCopy.exit, exact: true });

/** Opens the storage choice on the start page (it sits in a <details>). */
async function openChoice(page: Page): Promise<void> {
  // Pages load on demand: wait for this one before looking for the choice.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // On the start page the choice is folded away in a <details>; on /privacy it is open.
  const details = page.locator('details.storage-choice__details');
  if (
    (await details.count()) > 0 &&
    !(await details.evaluate((el) => (el as HTMLDetailsElement).open))
  ) {
    await details.getByText(storageFormCopy.change, { exact: true }).click();
  }
}

export async function chooseStorage(
  page: Page,
  mode: StorageMode,
  options: { days?: number; passphrase?: string } = {},
): Promise<void> {
  await openChoice(page);
  await page.getByRole('radio', { name: storageModeCopy[mode].label, exact: true }).check();
  if (mode === 'device') {
    if (options.days !== undefined) {
      await page.getByLabel(storageFormCopy.daysLabel, { exact: false }).fill(String(options.days));
    }
    if (options.passphrase) {
      await page.getByRole('checkbox', { name: storageFormCopy.lockLabel }).check();
      await page
        .getByLabel(storageFormCopy.passphraseLabel, { exact: true })
        .fill(options.passphrase);
      await page.getByLabel(storageFormCopy.confirmLabel, { exact: true }).fill(options.passphrase);
    }
  }
  await page.getByRole('button', { name: storageFormCopy.save }).click();
  // Deriving the key from a passphrase takes a moment (600,000 rounds of PBKDF2).
  await expect(page.getByText(/^Saved\./)).toBeVisible({ timeout: 20_000 });
}

export async function lockOnStartPage(page: Page, passphrase: string): Promise<void> {
  await chooseStorage(page, 'device', { passphrase });
}

/** Fills "just me", "18 or older", and presses Start, without reloading the page. */
export async function startFromStartPage(page: Page): Promise<void> {
  const radio = (legend: string, label: string) =>
    page
      .getByRole('group', { name: legend, exact: true })
      .getByRole('radio', { name: label, exact: true });
  await radio(startCopy.who.legend, startCopy.who.options.individual.label).check();
  await radio(startCopy.age.legend, startCopy.age.yes).check();
  await page.getByRole('button', { name: startCopy.startButton, exact: true }).click();
  await expect(page).toHaveURL(stepPath('concerns'));
}

/** Everything in both web storages and every IndexedDB database of this origin. */
export async function everythingStored(page: Page) {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => {
          const key = storage.key(i)!;
          return [key, storage.getItem(key)];
        }),
      );
    const databases = (await indexedDB.databases()).map((db) => db.name);
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return {
      session: dump(sessionStorage),
      local: dump(localStorage),
      databases,
      caches,
      cookies: document.cookie,
    };
  });
}
