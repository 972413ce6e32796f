import {
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { builderCopy, questionKindLabels } from '../../src/content/en/therapist.ts';
import type { QuestionKind } from '../../src/questionnaire/therapist-link.ts';
import type { JourneyProfile } from './support/journey.ts';

// Helpers for the therapist-link journeys: a therapist's own browser context, the builder,
// and a client profile that leaves the last step's questions blank (so the test itself
// presses Continue there, and lands on the therapist's step 7).

export const therapistName = 'Dr. Maya Thompson';

export interface BuilderQuestion {
  text: string;
  kind: QuestionKind;
  options?: string[];
}

export const builderQuestions: BuilderQuestion[] = [
  { text: 'What name would you like me to use?', kind: 'short-text' },
  { text: 'Have you seen a therapist before?', kind: 'yes-no' },
  { text: 'How would you like to meet?', kind: 'choice', options: ['In person', 'By video'] },
];

export const clientProfile: JourneyProfile = {
  concerns: ['low-desire', 'communication'],
  primary: 'low-desire',
  relationship: 'married',
  partnerTakingPart: 'no',
  feelsUnsafe: 'no',
  health: 'skip',
  goals: ['more-desire'],
  therapistShouldKnow: 'I get nervous talking about this.',
};

/** A second browser, as if on the therapist's own computer: its own storage and IndexedDB. */
export async function newContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, acceptDownloads: true });
}

/** Fills the builder: name, AASECT, practice details, questions, and the return mode. */
export async function fillBuilder(
  page: Page,
  returnMode: 'bring' | 'encrypted',
  questions: BuilderQuestion[] = builderQuestions,
): Promise<void> {
  await page.getByRole('textbox', { name: builderCopy.name }).fill(therapistName);
  await page.getByRole('checkbox', { name: /^LMFT/ }).check();
  await page.getByRole('textbox', { name: builderCopy.states }).fill('ca, OR');
  await page
    .getByRole('group', { name: builderCopy.aasect })
    .getByRole('radio', { name: builderCopy.aasectYes })
    .check();
  await page.getByRole('textbox', { name: builderCopy.practice }).fill('Bayview Counseling');
  await page
    .getByRole('textbox', { name: builderCopy.website })
    .fill('https://bayview.example.com');
  await page
    .getByRole('textbox', { name: builderCopy.welcome })
    .fill('Thank you for reaching out.\nAnswer only what feels okay.');
  for (const [i, question] of questions.entries()) {
    await page.getByRole('button', { name: builderCopy.addQuestion }).click();
    const editor = page.getByRole('group', { name: builderCopy.question(i + 1) });
    await editor.getByRole('textbox', { name: builderCopy.questionText }).fill(question.text);
    await editor
      .getByRole('combobox', { name: builderCopy.kind })
      .selectOption({ label: questionKindLabels[question.kind] });
    if (question.options) {
      await editor
        .getByRole('textbox', { name: builderCopy.options })
        .fill(question.options.join('\n'));
    }
  }
  await page.getByRole('radio', { name: builderCopy.returnLabels[returnMode] }).check();
}

/** Presses Create link and returns the link the builder shows. */
export async function createLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: builderCopy.create }).click();
  const field = page.getByRole('textbox', { name: builderCopy.linkLabel });
  await expect(field).toHaveValue(/\/from#v2\./);
  return field.inputValue();
}

export const continueButton = (page: Page) =>
  page.getByRole('button', { name: appCopy.continue, exact: true });
