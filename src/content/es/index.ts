import type { Catalogue } from '../catalogue.ts';
import * as answersFile from './answers-file.ts';
import * as app from './app.ts';
import * as check from './check.ts';
import * as concerns from './concerns.ts';
import * as countries from './countries.ts';
import * as couples from './couples.ts';
import * as errors from './errors.ts';
import * as guides from './guides.ts';
import * as help from './help.ts';
import * as intake from './intake.ts';
import * as notebook from './notebook.ts';
import * as notices from './notices.ts';
import * as placeCredentials from './place-credentials.ts';
import * as places from './places.ts';
import * as plan from './plan.ts';
import * as privacyNotices from './privacy-notices.ts';
import * as privacy from './privacy.ts';
import * as privacyPages from './privacy-pages.ts';
import * as questionText from './question-text.ts';
import * as questions from './questions.ts';
import * as reasons from './reasons.ts';
import * as referrals from './referrals.ts';
import * as results from './results.ts';
import * as safety from './safety.ts';
import * as specialties from './specialties.ts';
import * as start from './start.ts';
import * as steps from './steps.ts';
import * as therapist from './therapist.ts';

// Spanish: one lazy chunk, fetched only when a person chooses Spanish. The type is what keeps
// it complete: a missing namespace, entry or string fails `npm run typecheck`.

export const spanishCatalogue: Catalogue = {
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
};
