import type { Page } from '@playwright/test';
import { appCopy as enAppCopy } from '../../src/content/en/app.ts';
import { checkCopy as enCheckCopy } from '../../src/content/en/check.ts';
import { startCopy as enStartCopy } from '../../src/content/en/start.ts';
import { goalsCopy as enGoalsCopy } from '../../src/content/en/steps.ts';
import { languageOptions } from '../../src/content/language-names.ts';
import { spanishCatalogue as es } from '../../src/content/es/index.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { emptyTherapistNote } from '../../src/questionnaire/notebook.ts';
import { stepIds, stepNumber } from '../../src/questionnaire/steps.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { englishIn, englishPhrases, expectNoEnglish } from './support/english-leaks.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answerStep,
  beginJourney,
  CHECK_PATH,
  completeJourney,
  stepPath,
  typicalProfile,
} from './support/journey.ts';
import {
  answerStepIn,
  betterField,
  englishWords,
  spanishFreeText,
  spanishWords,
  startIn,
  toSummaryIn,
} from './support/journey-in.ts';
import { offOrigin, recordNetwork } from './support/network-recorder.ts';
import { openWithRawState } from './support/state.ts';

// Spanish in a real browser: the whole journey with no English of ours on any page, the switch
// in the header that changes the page in place, the offer to a Spanish-preferring browser, and
// the Spanish words fetched only by those who choose them.

const { appCopy, checkCopy, resultsCopy, startCopy, stepsCopy } = {
  appCopy: es.app.appCopy,
  checkCopy: es.check.checkCopy,
  resultsCopy: es.results.resultsCopy,
  startCopy: es.start.startCopy,
  stepsCopy: es.steps,
};
const spanishTitle = (name: string) => es.app.pageTitle(name);
const spanishChunk = /\/locale-es-[^/]*\.js$/;

/** The page is Spanish to a browser and a screen reader, and passes axe. */
async function expectSpanishPage(page: Page, label: string, title: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(title);
  await expectNoEnglish(page, label);
  await expectNoAxeViolations(page, label);
}

const headerLink = (page: Page, name: string) =>
  page.getByRole('banner').getByRole('link', { name, exact: true });

test('the scan knows the English it looks for, and finds it', () => {
  // Guards the guard: an empty list, or one that missed a plain English sentence, would pass
  // every Spanish page.
  expect(englishPhrases.length).toBeGreaterThan(200);
  expect(englishIn(`Hola. ${enStartCopy.title}. Adiós.`)).toContain(enStartCopy.title);
  expect(englishIn(`${startCopy.title}. ${appCopy.footerNote}`)).toEqual([]);
  // Names and numbers a person needs as they are stay allowed.
  expect(englishIn('Llama a Rape Crisis 24/7 Support Line: 0808 802 9999.')).toEqual([]);
});

test('the whole journey in Spanish, with no English of ours on any page', async ({ page }) => {
  test.slow(); // axe and a scan of some 1,200 phrases on each of nine pages
  await page.goto('/?lang=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startCopy.title);
  await expectSpanishPage(page, 'start', spanishTitle(startCopy.pageTitle));
  await startIn(page, spanishWords);
  for (const step of stepIds) {
    const position = stepNumber(step);
    const title = spanishTitle(
      `${stepsCopy.stepCaption(position, stepIds.length)} – ${stepsCopy.stepNames[step]}`,
    );
    await expectSpanishPage(page, `step ${position}`, title);
    await answerStepIn(page, step, spanishWords);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(checkCopy.title);
  await expectSpanishPage(page, 'check', spanishTitle(checkCopy.title));
  await expect(page.getByRole('main')).toContainText(spanishFreeText.better);
  await toSummaryIn(page, spanishWords);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resultsCopy.title);
  await expectSpanishPage(page, 'summary', spanishTitle(resultsCopy.pageName));
});

test('switching language on a step keeps what is typed and what was answered', async ({ page }) => {
  await beginJourney(page);
  for (const step of stepIds.slice(0, 4)) await answerStep(page, step, typicalProfile);
  await expect(page).toHaveURL(stepPath('goals'));
  // A marker on the window: a reload would wipe it.
  await page.evaluate(() => Object.assign(window, { stillThisPage: true }));
  await betterField(page, englishWords).fill('Volver a');

  await headerLink(page, languageOptions.es!.name).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(stepsCopy.stepNames.goals);
  await expect(betterField(page, spanishWords)).toHaveValue('Volver a');
  await expect(page.getByRole('textbox', { name: enGoalsCopy.better })).toHaveCount(0);
  await expectNoEnglish(page, 'step 5 after the switch');
  await expect(page).toHaveURL(stepPath('goals'));

  await betterField(page, spanishWords).pressSequentially(' reírnos');
  await page.getByRole('button', { name: appCopy.continue, exact: true }).click();
  await answerStepIn(page, 'preferences', spanishWords);
  const main = page.getByRole('main');
  await expect(main).toContainText(es.concerns.concernCopy['low-desire'].label);
  await expect(main).toContainText(es.concerns.concernCopy.communication.label);
  await expect(main).toContainText(stepsCopy.relationshipCopy.statusLabels.married);
  await expect(main).toContainText('Volver a reírnos');

  await headerLink(page, languageOptions.en!.name).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(CHECK_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enCheckCopy.title);
  await expect(page).toHaveTitle(new RegExp(` – ${enAppCopy.titleSuffix}$`));
  await expect(main).toContainText('Volver a reírnos');
  await expect(headerLink(page, languageOptions.es!.name)).toHaveAttribute('lang', 'es');
  expect(await page.evaluate(() => 'stillThisPage' in window), 'no reload').toBe(true);
});

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-MX' });

  const offer = languageOptions.es!.offer;
  const accept = (page: Page) => page.getByRole('button', { name: offer.accept, exact: true });
  const decline = (page: Page) => page.getByRole('button', { name: offer.decline, exact: true });

  test('is offered Spanish, in Spanish, and switches only when asked', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(offer.text, { exact: true })).toBeVisible();
    // Screen readers read it in Spanish: the nearest `lang` around the words is "es".
    const langOfOffer = page
      .getByText(offer.text, { exact: true })
      .locator('xpath=ancestor-or-self::*[@lang][1]');
    await expect(langOfOffer).toHaveAttribute('lang', 'es');
    // Nothing has switched yet.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enStartCopy.title);

    await accept(page).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(startCopy.title);
    await expect(accept(page)).toHaveCount(0);
    await expectSpanishPage(page, 'start after the offer', spanishTitle(startCopy.pageTitle));
  });

  test('"No, gracias" keeps English and the offer does not come back', async ({ page }) => {
    await page.goto('/');
    await decline(page).click();
    await expect(page.getByText(offer.text, { exact: true })).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enStartCopy.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(accept(page)).toHaveCount(0);
    await expect(page.getByText(offer.text, { exact: true })).toHaveCount(0);
  });
});

test.describe('Spanish words are fetched only by those who choose them', () => {
  test('an English journey fetches no Spanish', async ({ page, context, baseURL }) => {
    const record = await recordNetwork(context);
    await completeJourney(page, typicalProfile);
    const urls = record.requests.map((request) => request.url);
    expect(
      urls.some((url) => url.endsWith('.js')),
      'the recorder saw the scripts',
    ).toBe(true);
    expect(urls.filter((url) => spanishChunk.test(new URL(url).pathname))).toEqual([]);
    expect(offOrigin(record, new URL(baseURL!).origin)).toEqual([]);
  });

  test('a Spanish journey fetches the Spanish chunk', async ({ page, context, baseURL }) => {
    const record = await recordNetwork(context);
    await page.goto('/?lang=es');
    await startIn(page, spanishWords);
    for (const step of stepIds) await answerStepIn(page, step, spanishWords);
    await toSummaryIn(page, spanishWords);
    const urls = record.requests.map((request) => request.url);
    expect(urls.filter((url) => spanishChunk.test(new URL(url).pathname))).toHaveLength(1);
    expect(offOrigin(record, new URL(baseURL!).origin)).toEqual([]);
  });
});

test('the notebook of free calls in Spanish: its pages, a warning sign and the comparison', async ({
  page,
}) => {
  test.slow(); // axe and the English scan on four pages
  const notes = es.notebook;
  const call = (id: string, name: string, warnings: 'quick-cure'[]) => ({
    ...emptyTherapistNote(id),
    name,
    date: '2026-11-30',
    offers: 'video' as const,
    impressions: {
      self: { asked: [], heard: 'yes' as const, gut: 'book' as const, warnings, note: '' },
    },
  });
  await openWithRawState(
    page,
    '/?lang=es',
    serializeState({
      ageConfirmed: true,
      answered: [...stepIds],
      answers: { ...emptyAnswers(), concerns: ['shame'], primaryConcern: 'shame' },
      notebook: {
        version: 1,
        therapists: [call('t-1', 'Ana', ['quick-cure']), call('t-2', 'Bo', [])],
      },
    }),
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: appCopy.footerLinks.notes })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notes.notebookHomeCopy.title);
  await expectSpanishPage(page, 'notes', spanishTitle(notes.notebookHomeCopy.title));

  // Within the app: a new page load would start in English again, as a ?lang link is not kept.
  await page
    .getByRole('link', {
      name: `${notes.notebookHomeCopy.change} ${notes.notebookHomeCopy.hiddenName('Ana')}`,
    })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ana');
  await expect(page.getByText(notes.entryCopy.warnings.keepLooking)).toBeVisible();
  await expectSpanishPage(
    page,
    'notes on one call',
    spanishTitle(notes.entryCopy.editTitle('Ana')),
  );

  await page
    .getByRole('main')
    .getByRole('link', { name: notes.notebookHomeCopy.backToNotes })
    .click();
  await page.getByRole('link', { name: notes.notebookHomeCopy.compare }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(notes.compareCopy.keepLooking(['Ana']));
  await expectSpanishPage(page, 'comparison', spanishTitle(notes.compareCopy.title));
});
