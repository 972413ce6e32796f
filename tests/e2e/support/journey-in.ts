import { expect, type Locator, type Page } from '@playwright/test';
import * as enApp from '../../../src/content/en/app.ts';
import * as enCheck from '../../../src/content/en/check.ts';
import * as enConcerns from '../../../src/content/en/concerns.ts';
import * as enStart from '../../../src/content/en/start.ts';
import * as enSteps from '../../../src/content/en/steps.ts';
import type { Catalogue } from '../../../src/content/catalogue.ts';
import { spanishCatalogue } from '../../../src/content/es/index.ts';
import { stepIds, type StepId } from '../../../src/questionnaire/steps.ts';
import { untilNewHeadingFocused } from './focus.ts';
import { CHECK_PATH, stepPath, SUMMARY_PATH } from './journey.ts';

// The individual journey in any language the app speaks: the same person, the same answers,
// every control found by role and by its label in that language's own catalogue. (journey.ts
// does the same, with more profiles, for English only.)

/** The catalogue modules a journey reads its labels from. */
export type JourneyWords = Pick<Catalogue, 'app' | 'check' | 'concerns' | 'start' | 'steps'>;

export const englishWords: JourneyWords = {
  app: enApp,
  check: enCheck,
  concerns: enConcerns,
  start: enStart,
  steps: enSteps,
};
export const spanishWords: JourneyWords = spanishCatalogue;

/** What the person writes in the free-text fields: their own words, in Spanish. */
export const spanishFreeText = {
  better: 'Volver a reírnos juntos.',
  location: 'Ohio',
  language: 'Español',
};

const group = (scope: Page | Locator, legend: string) =>
  scope.getByRole('group', { name: legend, exact: true });
const radio = (scope: Page | Locator, name: string) =>
  scope.getByRole('radio', { name, exact: true });
const checkbox = (scope: Page | Locator, name: string) =>
  scope.getByRole('checkbox', { name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The "better" field on step 5, by its label in `words`. */
export const betterField = (page: Page, words: JourneyWords) =>
  textbox(page, words.steps.goalsCopy.better);

/** Gives the answers of one step: a married person, low desire and talking, on video. */
async function answer(page: Page, step: StepId, w: JourneyWords): Promise<void> {
  const { concernCopy } = w.concerns;
  const { withOptional } = w.app.appCopy;
  const { detailsCopy, relationshipCopy: rel, goalsCopy, preferencesCopy: pref } = w.steps;
  switch (step) {
    case 'concerns':
      await checkbox(page, concernCopy['low-desire'].label).check();
      await checkbox(page, concernCopy.communication.label).check();
      return;
    case 'details': {
      const card = page.getByRole('region', { name: concernCopy['low-desire'].label });
      const duration = group(card, withOptional(detailsCopy.duration));
      await radio(duration, detailsCopy.durationLabels['1-to-5-years']).check();
      const primary = group(page, withOptional(detailsCopy.primary));
      await radio(primary, concernCopy['low-desire'].label).check();
      return;
    }
    case 'relationship':
      await radio(group(page, rel.status), rel.statusLabels.married).check();
      await radio(group(page, withOptional(rel.partner)), rel.partnerLabels.no).check();
      await radio(group(page, rel.unsafe), rel.unsafeLabels.no).check();
      return;
    case 'health':
      await checkbox(page, w.steps.healthCopy.labels.antidepressants).check();
      return;
    case 'goals':
      await checkbox(page, goalsCopy.labels['more-desire']).check();
      await betterField(page, w).fill(spanishFreeText.better);
      return;
    case 'preferences':
      await radio(group(page, pref.format), pref.formatLabels.video).check();
      await textbox(page, pref.location).fill(spanishFreeText.location);
      await textbox(page, pref.language).fill(spanishFreeText.language);
      return;
  }
}

/** The start page, in whatever language it is showing: individual, 18+, Start. */
export async function startIn(page: Page, w: JourneyWords): Promise<void> {
  const { startCopy } = w.start;
  await radio(group(page, startCopy.who.legend), startCopy.who.options.individual.label).check();
  await radio(group(page, startCopy.age.legend), startCopy.age.yes).check();
  const start = page.getByRole('button', { name: startCopy.startButton, exact: true });
  await untilNewHeadingFocused(page, () => start.click());
  await expect(page).toHaveURL(stepPath('concerns'));
}

/** Answers `step` and presses Continue; ends on the next step, or on the check page. */
export async function answerStepIn(page: Page, step: StepId, w: JourneyWords): Promise<void> {
  await expect(page).toHaveURL(stepPath(step));
  await answer(page, step, w);
  const next = page.getByRole('button', { name: w.app.appCopy.continue, exact: true });
  await untilNewHeadingFocused(page, () => next.click());
  const after = stepIds[stepIds.indexOf(step) + 1];
  await expect(page).toHaveURL(after ? stepPath(after) : CHECK_PATH);
}

/** From the check page to the summary. */
export async function toSummaryIn(page: Page, w: JourneyWords): Promise<void> {
  const link = page.getByRole('link', { name: w.check.checkCopy.continue, exact: true });
  await untilNewHeadingFocused(page, () => link.click());
  await expect(page).toHaveURL(SUMMARY_PATH);
}
