import type { CountryId } from './ids.ts';
import type { Answers } from './answers.ts';

// The parts of the answers document the app needs as it opens. No zod here: the schemas in
// answers.ts load only when stored state or a file has to be read.

export const ANSWERS_FORMAT = 'consult-prep.answers';
export const ANSWERS_VERSION = 1;

/** The answers with where the person lives. Not said is no field at all, as in a file written before the question existed. */
export function withCountry(answers: Answers, country: CountryId | undefined): Answers {
  const next = { ...answers };
  if (country === undefined) delete next.country;
  else next.country = country;
  return next;
}

/** The smallest valid document: what a fresh start and the tests build on. */
export function emptyAnswers(who: Answers['who'] = 'individual'): Answers {
  return {
    format: ANSWERS_FORMAT,
    version: ANSWERS_VERSION,
    who,
    concerns: [],
    primaryConcern: null,
    relationship: 'prefer-not-to-say',
    partnerTakingPart: 'not-applicable',
    feelsUnsafe: 'prefer-not-to-say',
    health: [],
    affirming: [],
  };
}
