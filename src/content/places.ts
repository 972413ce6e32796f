import {
  countryNames as countryNamesEn,
  countryInSentence as countryInSentenceEn,
  countryQuestion as countryQuestionEn,
  placePanelCopy as placePanelCopyEn,
  otherPlacesCopy as otherPlacesCopyEn,
  placeHelp as placeHelpEn,
} from './en/places.ts';
import { localised } from './locale.ts';

export const countryNames = /* @__PURE__ */ localised('places', 'countryNames', countryNamesEn);
export const countryInSentence = /* @__PURE__ */ localised(
  'places',
  'countryInSentence',
  countryInSentenceEn,
);
export const countryQuestion = /* @__PURE__ */ localised(
  'places',
  'countryQuestion',
  countryQuestionEn,
);
export const placePanelCopy = /* @__PURE__ */ localised(
  'places',
  'placePanelCopy',
  placePanelCopyEn,
);
export const otherPlacesCopy = /* @__PURE__ */ localised(
  'places',
  'otherPlacesCopy',
  otherPlacesCopyEn,
);
export const placeHelp = /* @__PURE__ */ localised('places', 'placeHelp', placeHelpEn);
