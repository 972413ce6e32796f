import type { CountryId } from '../questionnaire/ids.ts';

/** The countries whose lines wait behind "Somewhere else?" when no country is chosen. */
export const otherListedCountries = [
  'ca',
  'uk',
  'ie',
  'au',
  'nz',
] as const satisfies readonly CountryId[];
