import type { Page } from '@playwright/test';
import { emptyAnswers, type Answers } from '../../../src/questionnaire/answers.ts';
import { stepIds, type StepId } from '../../../src/questionnaire/steps.ts';
import { serializeState } from '../../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../../src/storage/storage-backend.ts';

/**
 * Puts answers in the tab's sessionStorage, as if the person had answered those steps, then
 * opens `path`. It is the fast way to reach a deep page for tests that check the page itself
 * (axe, layout). Journey tests answer through the pages instead (see journey.ts).
 */
export async function openWithAnswers(
  page: Page,
  path: string,
  changes: Partial<Answers> = {},
  answered: readonly StepId[] = stepIds,
): Promise<void> {
  const state = serializeState({
    ageConfirmed: true,
    answered: [...answered],
    answers: { ...emptyAnswers(), ...changes },
  });
  await openWithoutApp(page);
  await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
    key: STATE_KEY,
    value: state,
  });
  await page.goto(path);
}

/** Writes raw text where the app keeps its state: for damaged-state tests. */
export async function openWithRawState(page: Page, path: string, raw: string): Promise<void> {
  await openWithoutApp(page);
  await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
    key: STATE_KEY,
    value: raw,
  });
  await page.goto(path);
}

/** Answers that bring every safety resource to the results page. */
export const safetyAnswers: Partial<Answers> = {
  concerns: ['sexual-trauma', 'postpartum'],
  primaryConcern: 'sexual-trauma',
  relationship: 'separated',
  feelsUnsafe: 'yes',
};

/** Answers with no safety flag: the results show only the general crisis line. */
export const calmAnswers: Partial<Answers> = {
  concerns: ['low-desire', 'communication'],
  primaryConcern: 'low-desire',
  relationship: 'married',
  partnerTakingPart: 'no',
  feelsUnsafe: 'no',
  health: ['antidepressants'],
};

/**
 * Opens a plain file of the app's origin, where a test can write the tab's storage with no app
 * running. On the app's own page, its code may still be loading when the test writes, and a
 * store that boots after the write would read a state the test meant for the next page.
 */
export async function openWithoutApp(page: Page): Promise<void> {
  // A plain file has no icon of its own, so the browser asks for /favicon.ico, which the app
  // does not ship (it names favicon.svg): answer that without a 404 in the console.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('/robots.txt');
}
