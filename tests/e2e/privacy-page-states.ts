import { expect, type Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { storageNoticeCopy } from '../../src/content/en/privacy-notices.ts';
import { storageFormCopy, storageModeCopy } from '../../src/content/en/privacy.ts';
import { unlockCopy } from '../../src/content/en/privacy-pages.ts';
import { serializeViewMark, VIEW_KEY } from '../../src/storage/exit-mark.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import type { PageState } from './support/page-states.ts';
import { calmAnswers, openWithAnswers } from './support/state.ts';
import { chooseStorage, startFromStartPage } from './privacy-support.ts';

// The privacy pages and states, for the same sweeps every page gets (axe in four modes,
// target size, reflow, 200% text, focus not hidden by the sticky exit bar).

const PASSPHRASE = 'a long passphrase';

async function arrived(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

async function lockedReload(page: Page): Promise<void> {
  await page.goto('/');
  await chooseStorage(page, 'device', { passphrase: PASSPHRASE });
  await startFromStartPage(page);
  await page.reload();
  await arrived(page);
}

/** Answers saved on this device, then closed as a quick exit leaves them (the mark is set). */
async function closedAfterExit(page: Page, path: string, passphrase?: string): Promise<void> {
  await page.goto('/');
  await chooseStorage(page, 'device', passphrase ? { passphrase } : {});
  await startFromStartPage(page);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: VIEW_KEY,
    value: serializeViewMark(),
  });
  await page.goto(path);
  await arrived(page);
  await expect(page.getByRole('link', { name: appCopy.exit })).toBeVisible();
}

export const privacyPageStates: PageState[] = [
  {
    name: 'start, saved answers closed after a quick exit',
    open: (page) => closedAfterExit(page, '/prepare/check'),
  },
  {
    name: 'start, locked answers closed after a quick exit',
    open: (page) => closedAfterExit(page, '/', PASSPHRASE),
  },
  {
    name: 'privacy, saved answers closed after a quick exit',
    open: (page) => closedAfterExit(page, '/privacy'),
  },
  {
    name: 'privacy',
    open: async (page) => {
      await page.goto('/privacy');
      await arrived(page);
    },
  },
  {
    name: 'privacy, saving on this device with a lock, with errors',
    open: async (page) => {
      await page.goto('/privacy');
      await arrived(page);
      await page.getByRole('radio', { name: storageModeCopy.device.label }).check();
      await page.getByLabel(storageFormCopy.daysLabel, { exact: false }).fill('0');
      await page.getByRole('checkbox', { name: storageFormCopy.lockLabel }).check();
      await page.getByLabel(storageFormCopy.passphraseLabel, { exact: true }).fill('short');
      await page.getByRole('button', { name: storageFormCopy.save }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'privacy, saved and locked on this device',
    open: async (page) => {
      await page.goto('/privacy');
      await arrived(page);
      await chooseStorage(page, 'device', { days: 14, passphrase: PASSPHRASE });
    },
  },
  {
    name: 'start, storage choice open',
    open: async (page) => {
      await page.goto('/');
      await arrived(page);
      await page.getByText(storageFormCopy.change, { exact: true }).click();
      await page.getByRole('radio', { name: storageModeCopy.device.label }).check();
    },
  },
  {
    name: 'staying safe online',
    open: async (page) => {
      await page.goto('/staying-safe');
      await arrived(page);
    },
  },
  {
    name: 'unlock',
    open: lockedReload,
  },
  {
    name: 'unlock, wrong passphrase',
    open: async (page) => {
      await lockedReload(page);
      await page.getByLabel(unlockCopy.label, { exact: true }).fill('not this one');
      await page.getByRole('button', { name: unlockCopy.button }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'unlock, forget these answers?',
    open: async (page) => {
      await lockedReload(page);
      await page.getByRole('button', { name: unlockCopy.forget }).click();
      await expect(page.getByRole('button', { name: unlockCopy.forgetConfirm })).toBeVisible();
    },
  },
  {
    name: 'a step while not saving (reload warning)',
    open: async (page) => {
      await page.goto('/');
      await chooseStorage(page, 'none');
      await startFromStartPage(page);
      await arrived(page);
      await expect(page.getByText(storageNoticeCopy.noSave)).toBeVisible();
    },
  },
  {
    name: 'start, saved answers forgotten after the chosen days',
    open: async (page) => {
      await page.goto('/');
      // Once the app has read storage: else this first page may find (and forget) them itself.
      await arrived(page);
      await page.evaluate(() => {
        localStorage.setItem(
          'consult-prep.settings',
          JSON.stringify({ format: 'consult-prep.settings', version: 1, mode: 'device', forgetAfterDays: 3, expiresAt: 1, locked: false }),
        );
        localStorage.setItem('consult-prep.state', '{}');
      }); // prettier-ignore
      await page.goto('/');
      await arrived(page);
      await expect(page.getByText(storageNoticeCopy.forgotten(3))).toBeVisible();
    },
  },
  {
    name: 'check answers, Shift pressed once',
    open: async (page) => {
      await openWithAnswers(page, '/prepare/check', calmAnswers, stepIds);
      await arrived(page);
      await page.keyboard.press('Shift');
      await expect(page.getByRole('link', { name: appCopy.exit })).toBeVisible();
    },
  },
];
