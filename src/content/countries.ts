import {
  countryNames as countryNamesEn,
  countryInSentence as countryInSentenceEn,
  countryQuestion as countryQuestionEn,
} from './en/countries.ts';
import { localised } from './locale.ts';

export const countryNames = /* @__PURE__ */ localised('countries', 'countryNames', countryNamesEn);
export const countryInSentence = /* @__PURE__ */ localised(
  'countries',
  'countryInSentence',
  countryInSentenceEn,
);
export const countryQuestion = /* @__PURE__ */ localised(
  'countries',
  'countryQuestion',
  countryQuestionEn,
);
