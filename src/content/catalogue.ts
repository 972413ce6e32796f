import type * as answersFile from './en/answers-file.ts';
import type * as app from './en/app.ts';
import type * as check from './en/check.ts';
import type * as concerns from './en/concerns.ts';
import type * as countries from './en/countries.ts';
import type * as couples from './en/couples.ts';
import type * as errors from './en/errors.ts';
import type * as guides from './en/guides.ts';
import type * as help from './en/help.ts';
import type * as intake from './en/intake.ts';
import type * as placeCredentials from './en/place-credentials.ts';
import type * as notebook from './en/notebook.ts';
import type * as notices from './en/notices.ts';
import type * as places from './en/places.ts';
import type * as plan from './en/plan.ts';
import type * as privacyNotices from './en/privacy-notices.ts';
import type * as privacy from './en/privacy.ts';
import type * as privacyPages from './en/privacy-pages.ts';
import type * as questionText from './en/question-text.ts';
import type * as questions from './en/questions.ts';
import type * as reasons from './en/reasons.ts';
import type * as referrals from './en/referrals.ts';
import type * as results from './en/results.ts';
import type * as safety from './en/safety.ts';
import type * as specialties from './en/specialties.ts';
import type * as start from './en/start.ts';
import type * as steps from './en/steps.ts';
import type * as therapist from './en/therapist.ts';

// The shape every locale fills in. English defines it; another locale is a folder whose index
// exports a `Catalogue`, so a missing namespace, entry or string fails the type check.

/** English's shape with its words widened: a locale has the same keys, not the same text. */
export type Localised<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Localised<R>
    : T extends readonly (infer U)[]
      ? readonly Localised<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Localised<T[K]> }
        : T;

export interface Catalogue {
  answersFile: Localised<typeof answersFile>;
  app: Localised<typeof app>;
  check: Localised<typeof check>;
  concerns: Localised<typeof concerns>;
  countries: Localised<typeof countries>;
  couples: Localised<typeof couples>;
  errors: Localised<typeof errors>;
  guides: Localised<typeof guides>;
  help: Localised<typeof help>;
  intake: Localised<typeof intake>;
  notebook: Localised<typeof notebook>;
  notices: Localised<typeof notices>;
  placeCredentials: Localised<typeof placeCredentials>;
  places: Localised<typeof places>;
  plan: Localised<typeof plan>;
  privacyNotices: Localised<typeof privacyNotices>;
  privacy: Localised<typeof privacy>;
  privacyPages: Localised<typeof privacyPages>;
  questionText: Localised<typeof questionText>;
  questions: Localised<typeof questions>;
  reasons: Localised<typeof reasons>;
  referrals: Localised<typeof referrals>;
  results: Localised<typeof results>;
  safety: Localised<typeof safety>;
  specialties: Localised<typeof specialties>;
  start: Localised<typeof start>;
  steps: Localised<typeof steps>;
  therapist: Localised<typeof therapist>;
}

export type Namespace = keyof Catalogue;
