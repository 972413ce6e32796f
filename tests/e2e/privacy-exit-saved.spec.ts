import type { Page } from '@playwright/test';
import { pageTitle } from '../../src/content/en/app.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { concernCopy } from '../../src/content/en/concerns.ts';
import { unlockCopy } from '../../src/content/en/privacy-pages.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { stepIds, type StepId } from '../../src/questionnaire/steps.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answerStep,
  CHECK_PATH,
  expectStepRestored,
  stepPath,
  SUMMARY_PATH,
  typicalProfile,
  type JourneyProfile,
} from './support/journey.ts';
import {
  chooseStorage,
  everythingStored,
  exitLink,
  NEUTRAL_SITE,
  startFromStartPage,
  stubNeutralSite,
} from './privacy-support.ts';

// A quick exit with answers saved on this device. Whoever picks the device up next gets the
// start page, whatever they do (Back, reload, a typed address, a new tab), with nothing of
// the answers in the page; only "Continue where you left off" (and the passphrase, when
// locked) brings them back. The neutral site is answered by the test, so nothing leaves.

const MARKER = 'Pelican3318';
const PASSPHRASE = 'a long passphrase';
const profile: JourneyProfile = { ...typicalProfile, betterLooksLike: `We laugh again ${MARKER}` };
/** Words that would give the answers away, if any of them were in the page. */
const secrets = [
  MARKER,
  concernCopy['low-desire'].label,
  concernCopy.communication.label,
  profile.location!,
  checkCopy.continue,
];

test.afterEach(({ guard }) => {
  guard.offOriginRequests = guard.offOriginRequests.filter((url) => url !== NEUTRAL_SITE);
});

async function answerUpTo(page: Page, stop: StepId | 'summary'): Promise<void> {
  for (const step of stepIds) {
    if (step === stop) return;
    await answerStep(page, step, profile);
  }
  await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
  await expect(page).toHaveURL(SUMMARY_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/** The neutral start page: the answers closed, and nothing of them anywhere in the page. */
async function expectNeutralStart(page: Page, how: string): Promise<void> {
  await expect(page, how).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: startCopy.title })).toBeVisible();
  await expect(page.getByRole('button', { name: startCopy.saved.continue })).toBeVisible();
  await expect(page).toHaveTitle(pageTitle('Start'));
  const html = await page.content();
  for (const secret of secrets)
    expect(html, `${how}: "${secret}" in the page`).not.toContain(secret);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  // Nothing of the answers came back into this tab either.
  expect((await everythingStored(page)).session[STATE_KEY]).toBeUndefined();
}

async function continueWhereLeftOff(page: Page, locked: boolean): Promise<void> {
  await page.getByRole('button', { name: startCopy.saved.continue }).click();
  if (!locked) return;
  await expect(page.getByRole('heading', { level: 1, name: unlockCopy.title })).toBeFocused();
  await page.getByLabel(unlockCopy.label, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: unlockCopy.button }).click();
}

for (const locked of [false, true]) {
  const mode = locked ? 'saved and locked' : 'saved on this device';
  for (const from of ['health', 'summary'] as const) {
    test(`${mode}: after an exit from ${from === 'summary' ? 'the summary' : 'a middle step'}, every way back opens the start page`, async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      await stubNeutralSite(page);
      await page.goto('/');
      await chooseStorage(page, 'device', locked ? { passphrase: PASSPHRASE } : {});
      await startFromStartPage(page);
      await answerUpTo(page, from);
      // The answers are on screen when the exit is pressed.
      if (from === 'summary') await expect(page.getByText(MARKER)).toBeVisible();
      else await expect(page).toHaveURL(stepPath('health'));

      // The button from a step, Shift three times from the summary.
      if (from === 'summary') for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      else await exitLink(page).click();
      await expect(page).toHaveURL(NEUTRAL_SITE);

      await page.goBack();
      await expectNeutralStart(page, 'Back');
      await page.reload();
      await expectNeutralStart(page, 'reload');
      for (const address of [CHECK_PATH, SUMMARY_PATH, stepPath('concerns'), '/results']) {
        await page.goto(address);
        await expectNeutralStart(page, `typed ${address}`);
      }
      const reopened = await context.newPage();
      await reopened.goto(SUMMARY_PATH);
      await expectNeutralStart(reopened, 'a new tab');
      await reopened.close();

      await continueWhereLeftOff(page, locked);
      if (from === 'summary') {
        await expect(page).toHaveURL(CHECK_PATH);
        await expect(page.getByText(MARKER)).toBeVisible();
      } else {
        await expect(page).toHaveURL(stepPath('health'));
      }
      await page.goto(stepPath('concerns'));
      if (locked) await expect(page.getByLabel(unlockCopy.label, { exact: true })).toBeVisible();
      else await expectStepRestored(page, 'concerns', profile);
    });
  }
}

test('an exit leaves every open tab of the app', async ({ page, context }) => {
  await stubNeutralSite(page);
  await page.goto('/');
  await chooseStorage(page, 'device');
  await startFromStartPage(page);
  await answerStep(page, 'concerns', profile);
  const other = await context.newPage();
  await other.goto(stepPath('concerns'));
  await expectStepRestored(other, 'concerns', profile);

  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect(other).toHaveURL(NEUTRAL_SITE);
});
