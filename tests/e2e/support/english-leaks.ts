import { expect, type Page } from '@playwright/test';
import type { Catalogue } from '../../../src/content/catalogue.ts';
import * as answersFile from '../../../src/content/en/answers-file.ts';
import * as app from '../../../src/content/en/app.ts';
import * as check from '../../../src/content/en/check.ts';
import * as concerns from '../../../src/content/en/concerns.ts';
import * as countries from '../../../src/content/en/countries.ts';
import * as couples from '../../../src/content/en/couples.ts';
import * as errors from '../../../src/content/en/errors.ts';
import * as guides from '../../../src/content/en/guides.ts';
import * as help from '../../../src/content/en/help.ts';
import * as intake from '../../../src/content/en/intake.ts';
import * as placeCredentials from '../../../src/content/en/place-credentials.ts';
import * as places from '../../../src/content/en/places.ts';
import * as plan from '../../../src/content/en/plan.ts';
import * as privacyNotices from '../../../src/content/en/privacy-notices.ts';
import * as privacy from '../../../src/content/en/privacy.ts';
import * as questionText from '../../../src/content/en/question-text.ts';
import * as questions from '../../../src/content/en/questions.ts';
import * as reasons from '../../../src/content/en/reasons.ts';
import * as referrals from '../../../src/content/en/referrals.ts';
import * as results from '../../../src/content/en/results.ts';
import * as safety from '../../../src/content/en/safety.ts';
import * as specialties from '../../../src/content/en/specialties.ts';
import * as start from '../../../src/content/en/start.ts';
import * as steps from '../../../src/content/en/steps.ts';
import * as therapist from '../../../src/content/en/therapist.ts';

// Finds our English words on a page that should be all Spanish. The English catalogue is the
// list of what could leak: every string of three words or more in it, except names that stay in
// English on purpose (they are what a person says on the phone or types into a directory) and
// phone numbers.

/** Kept in English in the Spanish catalogue too, word for word. */
const namesKeptInEnglish = [
  'Rape Crisis 24/7 Support Line',
  'AASECT Certified Sexuality Educator',
  // The directories' own filter names: a person types them as they are.
  'Marital and Premarital',
  'Trauma and PTSD',
  'Cognitive Behavioral (CBT)',
  'Pregnancy, Prenatal, Postpartum',
  'Elderly Persons Disorders',
  'Sex-Positive, Kink Allied',
  'Open Relationships Non-Monogamy',
  'Polyamorous and Open Relationships',
];
const phoneNumber = /^[\d /]+$/;

const englishCatalogue: Catalogue = {
  answersFile,
  app,
  check,
  concerns,
  countries,
  couples,
  errors,
  guides,
  help,
  intake,
  placeCredentials,
  places,
  plan,
  privacyNotices,
  privacy,
  questionText,
  questions,
  reasons,
  referrals,
  results,
  safety,
  specialties,
  start,
  steps,
  therapist,
};

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every string inside `value`, however deep. Functions are skipped: they need arguments. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(tidy(value));
  else if (value !== null && typeof value === 'object')
    for (const inner of Object.values(value)) stringsIn(inner, found);
  return found;
}

/** The English strings of three or more words that may not appear on a Spanish page. */
export const englishPhrases: readonly string[] = [...new Set(stringsIn(englishCatalogue))].filter(
  (text) =>
    text.split(' ').length >= 3 && !phoneNumber.test(text) && !namesKeptInEnglish.includes(text),
);

/** The English phrases found in `text`. */
export const englishIn = (text: string) => englishPhrases.filter((p) => tidy(text).includes(p));

/** The visible words of the header, main and footer, and the page title, hold no English of ours. */
export async function expectNoEnglish(page: Page, label: string): Promise<void> {
  const parts = [await page.title()];
  for (const role of ['banner', 'main', 'contentinfo'] as const) {
    parts.push(...(await page.getByRole(role).allInnerTexts()));
  }
  expect(englishIn(parts.join('\n')), `English words on ${label}`).toEqual([]);
}
