import { readFile } from 'node:fs/promises';
import { appCopy } from '../../src/content/en/app.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { deleteCopy } from '../../src/content/en/privacy-pages.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { stepIds, stepNumber } from '../../src/questionnaire/steps.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { expect, test } from './support/fixtures.ts';
import { expectHeadingFocused } from './support/focus.ts';
import {
  answerStep,
  beginJourney,
  CHECK_PATH,
  completeJourney,
  expectStepRestored,
  safetyProfile,
  stepPath,
  SUMMARY_PATH,
  typicalProfile,
} from './support/journey.ts';

const stepTitle = (position: number) => new RegExp(`^Step ${position} of ${stepIds.length} – `);

test('each step focuses its heading and has its own title', async ({ page }) => {
  await beginJourney(page);
  const titles = new Set<string>();
  for (const step of stepIds) {
    await expectHeadingFocused(page);
    await expect(page).toHaveTitle(stepTitle(stepNumber(step)));
    titles.add(await page.title());
    await answerStep(page, step, typicalProfile);
  }
  await expectHeadingFocused(page);
  await expect(page).toHaveTitle(new RegExp(`^${checkCopy.title} – `));
  expect(titles.size).toBe(stepIds.length);
});

test('reload at every step keeps the answers', async ({ page }) => {
  await beginJourney(page);
  for (const step of stepIds) {
    await answerStep(page, step, typicalProfile);
    // Reload the next page, then come back: the answers are still there.
    await page.reload();
    await expectHeadingFocused(page);
    await page.goBack();
    await expect(page).toHaveURL(stepPath(step));
    await expectStepRestored(page, step, typicalProfile);
    await page.goForward();
  }
  await expect(page).toHaveURL(CHECK_PATH);
  await page.reload();
  await expect(page).toHaveURL(CHECK_PATH);
  await expect(page.getByRole('main')).toContainText(typicalProfile.betterLooksLike!);
});

test('browser back and forward move between steps and keep answers', async ({ page }) => {
  await beginJourney(page);
  for (const step of stepIds.slice(0, 3)) await answerStep(page, step, typicalProfile);
  await expect(page).toHaveURL(stepPath('health'));

  await page.goBack();
  await expect(page).toHaveURL(stepPath('relationship'));
  await expectHeadingFocused(page);
  await expect(page).toHaveTitle(stepTitle(3));
  await expectStepRestored(page, 'relationship', typicalProfile);
  await page.goBack();
  await expect(page).toHaveURL(stepPath('details'));
  await expectStepRestored(page, 'details', typicalProfile);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(stepPath('health'));
  await expectHeadingFocused(page);

  // The page's own Back link goes to the step before.
  await page.getByRole('link', { name: appCopy.back, exact: true }).click();
  await expect(page).toHaveURL(stepPath('relationship'));
});

test.describe('deep links', () => {
  for (const path of ['/prepare/1', '/prepare/4', CHECK_PATH, SUMMARY_PATH]) {
    test(`${path} with no answers goes back to the start`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL('/');
      await expectHeadingFocused(page);
    });
  }

  test('a later step goes to the first step still to answer', async ({ page }) => {
    await beginJourney(page);
    await answerStep(page, 'concerns', typicalProfile);
    for (const path of ['/prepare/5', CHECK_PATH, SUMMARY_PATH]) {
      await page.goto(path);
      await expect(page).toHaveURL(stepPath('details'));
    }
  });
});

test('someone under 18 gets a kind page and nothing is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: startCopy.who.options.individual.label }).check();
  await page.getByRole('radio', { name: startCopy.age.no, exact: true }).check();
  await page.getByRole('button', { name: startCopy.startButton, exact: true }).click();
  await expect(page).toHaveURL('/prepare/adults-only');
  await expectHeadingFocused(page);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY)).toBeNull();
});

test('safety resources come before the suggestions', async ({ page }) => {
  await completeJourney(page, safetyProfile);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  const safety = headings.indexOf(resultsCopy.safetyHeading);
  expect(safety).toBeGreaterThanOrEqual(0);
  expect(safety).toBeLessThan(headings.indexOf(resultsCopy.specialtiesHeading));
});

test('import round trip: download, delete, import, same results', async ({ page }) => {
  await completeJourney(page, typicalProfile);
  const main = page.getByRole('main');
  const before = await main.innerText();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: resultsCopy.downloadAnswers, exact: true }).click();
  const file = await (await download).path();
  const saved = JSON.parse(await readFile(file, 'utf8')) as { concerns: string[] };
  expect(saved.concerns).toEqual(typicalProfile.concerns);

  await page.getByRole('link', { name: appCopy.footerLinks.deleteAnswers, exact: true }).click();
  await page.getByRole('button', { name: deleteCopy.confirm, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deleteCopy.doneTitle);
  await page.goto(SUMMARY_PATH);
  await expect(page).toHaveURL('/');

  await page.getByLabel(startCopy.importLabel).setInputFiles(file);
  await expect(page).toHaveURL(CHECK_PATH);
  await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
  await expect(page).toHaveURL(SUMMARY_PATH);
  // The summary's code may still be arriving when the address changes: wait for the whole page.
  await expect.poll(() => main.innerText()).toBe(before);
});

test('the results print as a clean document of at most 3 pages', async ({ page }, testInfo) => {
  await completeJourney(page, typicalProfile);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: resultsCopy.print })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  // Kept as an artifact of every run, to look at the print layout.
  const screenshot = testInfo.outputPath('results-print.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('results-print', { path: screenshot, contentType: 'image/png' });
  const pdfPath = testInfo.outputPath('results-print.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'Letter' });
  await testInfo.attach('results-print.pdf', { path: pdfPath, contentType: 'application/pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});
