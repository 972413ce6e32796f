import type { Page } from '@playwright/test';
import { checklistCopy } from '../../src/content/en/results.ts';
import { builderCopy } from '../../src/content/en/therapist.ts';
import { turnCopy } from '../../src/content/en/couples.ts';
import { fillFacts, startAs } from './couples-journey.ts';
import { concernsCopy, goalsCopy, preferencesCopy } from '../../src/content/en/steps.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answerStep,
  beginJourney,
  CHECK_PATH,
  continueButton,
  stepPath,
  SUMMARY_PATH,
  typicalProfile,
} from './support/journey.ts';
import { horizontalOverflow } from './support/layout.ts';
import { openWithAnswers } from './support/state.ts';
import { createLink, fillBuilder, newContext } from './therapist-support.ts';
import { longPayload, SHORT_MAX, xssPayloads } from './xss-corpus.ts';

// Every hostile text goes through every free-text field. Nothing may run (the sentinel stays
// unset, no dialog opens, the CSP reports nothing: the guard fixture fails on any violation
// or outside request), the text shows as text, and the page never scrolls sideways.

const FREE_TEXT: (keyof Answers)[] = [
  'otherConcern',
  'betterLooksLike',
  'therapistShouldKnow',
  'location',
  'language',
];

async function watchForCode(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), where).toBeUndefined();
  expect(dialogs, where).toEqual([]);
  expect(await page.locator('main script, main iframe, main object, main svg script').count()).toBe(
    0,
  );
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), `${where} at 320 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('every payload, in every free-text answer, shows as text on every page', async ({ page }) => {
  test.setTimeout(300_000);
  const dialogs = await watchForCode(page);
  for (const payload of xssPayloads) {
    const text = payload.slice(0, SHORT_MAX);
    const answers = Object.fromEntries(FREE_TEXT.map((field) => [field, text]));
    await openWithAnswers(page, CHECK_PATH, {
      concerns: ['communication'],
      ...answers,
      betterLooksLike: `${text} ${longPayload}`.slice(0, 2000),
    });
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (text.trim() !== '' && !/^\u200B+$/.test(text)) {
      await expect(page.getByText(text, { exact: true }).first()).toBeAttached();
    }
    await expectNothingRan(page, dialogs, `check page: ${payload}`);
    await page.goto(SUMMARY_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNothingRan(page, dialogs, `summary: ${payload}`);
  }
});

test('typed into the fields of the journey, the payloads stay text', async ({ page }) => {
  test.setTimeout(300_000);
  const dialogs = await watchForCode(page);
  // Five fields a round: over the rounds, each payload is typed into a field.
  for (let round = 0; round * 5 < xssPayloads.length; round += 1) {
    const pick = (i: number) => xssPayloads[(round * 5 + i) % xssPayloads.length]!;
    await beginJourney(page);
    await page.getByRole('checkbox', { name: concernsCopy.other, exact: true }).check();
    await page.getByRole('textbox', { name: concernsCopy.otherLabel }).fill(pick(0));
    await continueButton(page).click();
    for (const step of ['details', 'relationship', 'health'] as const) {
      await answerStep(page, step, { ...typicalProfile, concerns: [], details: {}, primary: undefined });
    }
    await page.getByRole('textbox', { name: goalsCopy.better, exact: true }).fill(pick(1));
    await page.getByRole('textbox', { name: goalsCopy.know, exact: true }).fill(longPayload);
    await continueButton(page).click();
    await page.getByRole('textbox', { name: preferencesCopy.location, exact: true }).fill(pick(2));
    await page.getByRole('textbox', { name: preferencesCopy.language, exact: true }).fill(pick(3));
    await continueButton(page).click();
    await expect(page).toHaveURL(CHECK_PATH);
    await expectNothingRan(page, dialogs, `round ${round}, check page`);
    await page.goto(SUMMARY_PATH);
    // The results page's own free text: a question the person adds, under "More questions".
    await page.getByText(/^Show \d+ more questions?$/).click();
    const add = page.getByRole('textbox', { name: checklistCopy.addLabel });
    await add.fill(pick(4));
    await page.getByRole('button', { name: checklistCopy.addButton }).click();
    await expectNothingRan(page, dialogs, `round ${round}, summary`);
    for (const step of stepIds) {
      await page.goto(stepPath(step));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    }
    await expectNothingRan(page, dialogs, `round ${round}, step pages`);
  } // prettier-ignore
});

test('an imported answers file full of payloads opens as text', async ({ page }, testInfo) => {
  const dialogs = await watchForCode(page);
  const file = testInfo.outputPath('answers.json');
  const { writeFile } = await import('node:fs/promises');
  const answers = {
    format: 'consult-prep.answers',
    version: 1,
    who: 'individual',
    concerns: ['communication'],
    primaryConcern: null,
    relationship: 'single',
    partnerTakingPart: 'not-applicable',
    feelsUnsafe: 'no',
    health: [],
    affirming: [],
    otherConcern: xssPayloads[10],
    betterLooksLike: xssPayloads.join(' ').slice(0, 2000),
    therapistShouldKnow: longPayload,
    location: xssPayloads[21],
    language: xssPayloads[34],
  };
  await writeFile(file, JSON.stringify(answers));
  await page.goto('/');
  // Until the app takes over, the start page's words in index.html are an inert copy, whose
  // file field carries the same label (scripts/early-start-page.ts).
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByLabel(/saved answers file/i).setInputFiles(file);
  await expect(page).toHaveURL(CHECK_PATH);
  await expectNothingRan(page, dialogs, 'imported file');
});

test('payloads in every therapist field and in the answers to their questions', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const dialogs = await watchForCode(page);
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();
  const therapistDialogs = await watchForCode(therapist);
  await therapist.goto('/for-therapists');
  await fillBuilder(therapist, 'bring', [
    { text: xssPayloads[4]!, kind: 'short-text' },
    { text: xssPayloads[20]!, kind: 'long-text' },
    { text: xssPayloads[35]!, kind: 'choice', options: [xssPayloads[0]!, xssPayloads[23]!] },
  ]);
  await therapist.getByRole('textbox', { name: /your name/i }).fill(xssPayloads[21]!.slice(0, 80));
  await therapist.getByRole('textbox', { name: /practice/i }).fill(xssPayloads[16]!);
  await therapist.getByRole('textbox', { name: builderCopy.contact }).fill(xssPayloads[24]!.slice(0, 160));
  // A javascript: website is refused with a message, never made into a link.
  const website = therapist.getByRole('textbox', { name: builderCopy.website });
  await website.fill(xssPayloads[2]!);
  await therapist.getByRole('button', { name: builderCopy.create }).click();
  await expect(therapist.getByRole('alert')).toContainText(builderCopy.websiteError);
  await website.fill('https://bayview.example.com');
  await therapist.getByRole('textbox', { name: /welcome|message/i }).fill(xssPayloads.slice(0, 8).join('\n').slice(0, 600));
  const link = await createLink(therapist);
  await expectNothingRan(therapist, therapistDialogs, 'builder');

  await page.goto(link);
  await expect(page).toHaveURL(/\/from$/);
  await expectNothingRan(page, dialogs, 'the link page');
  await beginJourney(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, typicalProfile);
  }
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/7');
  const boxes = page.getByRole('textbox');
  await boxes.nth(0).fill(xssPayloads[11]!);
  await boxes.nth(1).fill(longPayload);
  await expectNothingRan(page, dialogs, 'the therapist questions');
  await continueButton(page).click();
  await expect(page).toHaveURL(CHECK_PATH);
  await expectNothingRan(page, dialogs, 'check page with the therapist answers');
  await page.goto(SUMMARY_PATH);
  await expectNothingRan(page, dialogs, 'summary with the therapist questions');
  await therapistContext.close();
}); // prettier-ignore

test('payloads as partner names on one device stay text', async ({ page }) => {
  const dialogs = await watchForCode(page);
  const names: [string, string][] = [
    ['<svg/onload=window.__xss=1>', '<script>window.__xss=1</script>'],
    ['W'.repeat(40), '\u202Eevil\u202C<img src=x onerror=1>'],
  ];
  for (const pair of names) {
    await startAs(page, 'couple-together');
    await fillFacts(page, pair);
    await expect(page.getByRole('button', { name: turnCopy.start(pair[0]) })).toBeVisible();
    await expectNothingRan(page, dialogs, `partner names ${pair.join(' / ')}`);
  }
});
