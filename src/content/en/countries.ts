import type { CountryId } from '../../questionnaire/ids.ts';

// The country question, asked on the start page and on every results page. Kept apart from
// the help lines, so the start page loads only these few words.

/** The choices, as a person picks one. */
export const countryNames: Record<CountryId, string> = {
  us: 'United States',
  ca: 'Canada',
  uk: 'United Kingdom',
  ie: 'Ireland',
  au: 'Australia',
  nz: 'New Zealand',
  other: 'Somewhere else',
};

/** Fits "… for {name}" and "You said you live in {name}". */
export const countryInSentence: Record<CountryId, string> = {
  us: 'the US',
  ca: 'Canada',
  uk: 'the UK',
  ie: 'Ireland',
  au: 'Australia',
  nz: 'New Zealand',
  other: 'somewhere else',
};

export const countryQuestion = {
  legend: 'Where do you live? (optional)',
  hint: 'Help lines and the training to check differ by country. We only use what you choose here, and it stays on this device.',
  notSay: 'I’d rather not say',
};
