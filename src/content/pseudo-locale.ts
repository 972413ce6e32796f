import * as answersFile from './en/answers-file.ts';
import * as app from './en/app.ts';
import * as check from './en/check.ts';
import * as concerns from './en/concerns.ts';
import * as countries from './en/countries.ts';
import * as couples from './en/couples.ts';
import * as errors from './en/errors.ts';
import * as guides from './en/guides.ts';
import * as help from './en/help.ts';
import * as intake from './en/intake.ts';
import * as notebook from './en/notebook.ts';
import * as notices from './en/notices.ts';
import * as placeCredentials from './en/place-credentials.ts';
import * as places from './en/places.ts';
import * as plan from './en/plan.ts';
import * as privacyNotices from './en/privacy-notices.ts';
import * as privacy from './en/privacy.ts';
import * as privacyPages from './en/privacy-pages.ts';
import * as questionText from './en/question-text.ts';
import * as questions from './en/questions.ts';
import * as reasons from './en/reasons.ts';
import * as referrals from './en/referrals.ts';
import * as results from './en/results.ts';
import * as safety from './en/safety.ts';
import * as specialties from './en/specialties.ts';
import * as start from './en/start.ts';
import * as steps from './en/steps.ts';
import * as therapist from './en/therapist.ts';
import type { Catalogue } from './catalogue.ts';

// English with every sentence marked ⟦like this⟧. Run the app with ?lang=en-XA (development
// only): any words without the marks did not come through the catalogue.

export const pseudoOpen = '⟦';
export const pseudoClose = '⟧';

// Numbers, paths and addresses stay as they are, and so do the few ids copy carries (a contact's
// kind): code compares them, people do not read them.
const notWords = /^(?:[\d\s()+-]+|(?:https?:|tel:|sms:|mailto:|\/|#).*)$/;
const idKeys = new Set(['id', 'kind', 'href']);

function mark(text: string): string {
  if (text.trim() === '' || notWords.test(text)) return text;
  return `${pseudoOpen}${text}${pseudoClose}`;
}

function pseudo<T>(value: T): T {
  if (typeof value === 'string') return mark(value) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))) as T;
  }
  if (Array.isArray(value)) return value.map(pseudo) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, idKeys.has(key) ? inner : pseudo(inner)]),
    ) as T;
  }
  return value;
}

export const pseudoCatalogue: Catalogue = pseudo({
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
  notebook,
  notices,
  placeCredentials,
  places,
  plan,
  privacyNotices,
  privacy,
  privacyPages,
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
});
