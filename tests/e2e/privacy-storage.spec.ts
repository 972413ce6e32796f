import { createHash } from 'node:crypto';
import { appCopy } from '../../src/content/en/app.ts';
import { storageNoticeCopy } from '../../src/content/en/privacy-notices.ts';
import { storageModeCopy } from '../../src/content/en/privacy.ts';
import { deleteCopy, unlockCopy } from '../../src/content/en/privacy-pages.ts';
import { goalsCopy } from '../../src/content/en/steps.ts';
import { contentSecurityPolicy, earlyStartCheck } from '../../vite.config.ts';
import { damagedStates, seedDamagedState } from '../storage/damaged-states.ts';
import { expect, test } from './support/fixtures.ts';
import { answerStep, stepPath, typicalProfile } from './support/journey.ts';
import { chooseStorage, everythingStored, startFromStartPage } from './privacy-support.ts';
import { createLink, fillBuilder } from './therapist-support.ts';

// Storage the person controls: each mode keeps answers where it says, for as long as it says.

const MARKER = 'Heron4521';
const profile = { ...typicalProfile, betterLooksLike: MARKER };
const PASSPHRASE = 'the blue kettle sings';

async function answerFirstSteps(page: import('@playwright/test').Page) {
  await startFromStartPage(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, profile);
  }
  await expect(page).toHaveURL(stepPath('preferences'));
}

test('by default answers stay in this tab only, and a new tab starts empty', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await answerFirstSteps(page);
  const stored = await everythingStored(page);
  expect(JSON.stringify(stored.session)).toContain(MARKER);
  expect(stored.local).toEqual({});
  const other = await context.newPage();
  await other.goto(stepPath('goals'));
  await expect(other).toHaveURL('/');
});

test('saved on this device: answers survive a new tab and a reload at every step', async ({
  page,
  context,
}) => {
  await page.goto('/privacy');
  await chooseStorage(page, 'device', { days: 3 });
  await page.goto('/');
  await answerFirstSteps(page);
  const stored = await everythingStored(page);
  expect(stored.local['consult-prep.state']).toContain(MARKER);
  expect(stored.session).toEqual({});
  const settings = JSON.parse(stored.local['consult-prep.settings']!);
  expect(settings).toMatchObject({ mode: 'device', forgetAfterDays: 3, locked: false });
  expect(settings.expiresAt - Date.now()).toBeGreaterThan(2.9 * 24 * 3600_000);

  const other = await context.newPage();
  for (const position of [1, 2, 3, 4, 5]) {
    await other.goto(`/prepare/${position}`);
    await other.reload();
    await expect(other).toHaveURL(`/prepare/${position}`);
  }
  await expect(other.getByRole('textbox', { name: goalsCopy.better, exact: true })).toHaveValue(
    MARKER,
  );
});

test('locked with a passphrase: nothing readable is stored, and a reload asks for it', async ({
  page,
}) => {
  await page.goto('/');
  await chooseStorage(page, 'device', { passphrase: PASSPHRASE });
  await answerFirstSteps(page);
  const stored = JSON.stringify(await everythingStored(page));
  expect(stored).not.toContain(MARKER);
  expect(stored).not.toContain(PASSPHRASE);
  expect(stored).not.toContain('low-desire');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: unlockCopy.title })).toBeFocused();
  await expect(page).toHaveTitle(/^Enter your passphrase/);
  const field = page.getByLabel(unlockCopy.label, { exact: true });
  await field.fill('the blue kettle');
  await page.getByRole('button', { name: unlockCopy.button }).click();
  await expect(page.getByRole('alert')).toContainText(unlockCopy.wrong);

  // Pasting is allowed (a password manager, a long phrase): nothing cancels a paste.
  await field.fill('');
  await field.focus();
  const pasteBlocked = await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement?.dispatchEvent(paste);
    return paste.defaultPrevented;
  }, PASSPHRASE);
  expect(pasteBlocked).toBe(false);
  await page.keyboard.insertText(PASSPHRASE);
  await page.getByRole('button', { name: unlockCopy.button }).click();
  await expect(page).toHaveURL(stepPath('preferences'));
  await page.goto(stepPath('goals'));
  await page.getByLabel(unlockCopy.label, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: unlockCopy.button }).click();
  await expect(page.getByRole('textbox', { name: goalsCopy.better, exact: true })).toHaveValue(
    MARKER,
  );
});

test('a forgotten passphrase: "forget these answers" starts again with nothing stored', async ({
  page,
}) => {
  await page.goto('/');
  await chooseStorage(page, 'device', { passphrase: PASSPHRASE });
  await answerFirstSteps(page);
  await page.reload();
  await page.getByRole('button', { name: unlockCopy.forget }).click();
  await page.getByRole('button', { name: unlockCopy.forgetConfirm }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await everythingStored(page)).toMatchObject({ local: {}, session: {} });
});

test('answers saved on this device are forgotten after the days the person chose', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await chooseStorage(page, 'device', { days: 2 });
  await answerFirstSteps(page);
  await page.clock.setSystemTime(Date.now() + 3 * 24 * 3600_000);
  await page.goto('/');
  await expect(
    page.getByRole('status').filter({ hasText: storageNoticeCopy.forgotten(2) }),
  ).toBeVisible();
  const stored = await everythingStored(page);
  expect(stored.local).toEqual({});
  expect(JSON.stringify(stored)).not.toContain(MARKER);
});

test("don't save at all: nothing is written, a warning shows, and a reload loses the answers", async ({
  page,
}) => {
  await page.goto('/');
  await chooseStorage(page, 'none');
  await answerFirstSteps(page);
  await expect(page.getByText(storageNoticeCopy.noSave)).toBeVisible();
  const stored = await everythingStored(page);
  expect(JSON.stringify(stored)).not.toContain(MARKER);
  expect(stored.local).toEqual({});
  await page.reload();
  await expect(page).toHaveURL('/');
  await page.getByText(/Change how your answers are kept/).click();
  await expect(page.getByRole('radio', { name: storageModeCopy.none.label })).toBeChecked();
});

test('delete everything leaves nothing of the app in any storage', async ({ page }) => {
  test.setTimeout(120_000);
  // A therapist key in IndexedDB, answers locked on this device, and a tab's worth of state.
  await page.goto('/for-therapists');
  await fillBuilder(page, 'encrypted');
  await createLink(page);
  await page.goto('/');
  await chooseStorage(page, 'device', { passphrase: PASSPHRASE });
  await answerFirstSteps(page);
  const before = await everythingStored(page);
  expect(before.databases).toContain('consult-prep.therapist');
  // The builder's form in this tab, and its last link in this browser.
  expect(Object.keys(before.session)).toContain('consult-prep.therapist-builder');
  expect(Object.keys(before.local)).toContain('consult-prep.therapist-last-link');
  expect(Object.keys(before.local).length).toBeGreaterThan(0);

  await page.getByRole('link', { name: appCopy.footerLinks.deleteAnswers }).click();
  await page.getByRole('button', { name: deleteCopy.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: deleteCopy.doneTitle })).toBeFocused();
  // Not just our keys: nothing at all is left for this site.
  expect(await everythingStored(page)).toEqual({
    session: {},
    local: {},
    databases: [],
    caches: [],
    cookies: '',
  });
  await page.reload();
  expect(await everythingStored(page)).toMatchObject({ session: {}, local: {}, databases: [] });
});

const fewDamaged = damagedStates.filter((entry) =>
  [
    'missing its last brace',
    'a newer version',
    'an unknown concern id',
    'a huge short answer',
    'locked answers damaged',
    'device answers past their forget date',
  ].includes(entry.name),
);

for (const entry of fewDamaged) {
  test(`damaged saved state (${entry.name}) opens a working app with a notice`, async ({
    page,
  }) => {
    await page.goto('/');
    // Seed only once the first visit has read storage, or that visit would meet the damage itself.
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.evaluate(seedDamagedState, entry);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('status').first()).toBeVisible();
    await startFromStartPage(page);
    await answerStep(page, 'concerns', typicalProfile);
  });
}

test('the built page carries the Content-Security-Policy and no-referrer', async ({ page }) => {
  await page.goto('/');
  const meta = await page.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    referrer: document.querySelector('meta[name="referrer"]')?.getAttribute('content'),
    inlineScripts: [...document.scripts].filter((s) => !s.src).map((s) => s.text),
  })); // prettier-ignore
  expect(meta.csp).toBe(contentSecurityPolicy);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "img-src 'self' data: blob:",
  ]) {
    expect(meta.csp).toContain(directive);
  }
  expect(meta.referrer).toBe('no-referrer');
  // One inline script, the early start page check, allowed by its hash and by nothing else.
  expect(meta.inlineScripts).toEqual([earlyStartCheck]);
  const hash = createHash('sha256').update(earlyStartCheck).digest('base64');
  expect(meta.csp).toContain(`script-src 'self' 'sha256-${hash}';`);
  expect(meta.csp).not.toContain('unsafe-inline');
});
