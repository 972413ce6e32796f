import { expect, type Page } from '@playwright/test';
import { englishCatalogue } from '../../support/catalogue-walk.ts';

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
