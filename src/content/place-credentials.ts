import {
  credentialsGuides as credentialsGuidesEn,
  specialtyCopyByCountry as specialtyCopyByCountryEn,
  couplesCredentialsOutsideUs as couplesCredentialsOutsideUsEn,
  couplesTrainingOutsideUs as couplesTrainingOutsideUsEn,
  couplesTrainingUsAndElsewhere as couplesTrainingUsAndElsewhereEn,
  questionCopyByCountry as questionCopyByCountryEn,
  directoriesCopy as directoriesCopyEn,
  directoriesByPlace as directoriesByPlaceEn,
} from './en/place-credentials.ts';
import { couplesGuide } from './guides.ts';
import { localised, localisedText } from './locale.ts';
import type { Guide } from './content-schemas.ts';
import type { PlaceId } from '../rules/ids.ts';

export const credentialsGuides = /* @__PURE__ */ localised(
  'placeCredentials',
  'credentialsGuides',
  credentialsGuidesEn,
);
export const specialtyCopyByCountry = /* @__PURE__ */ localised(
  'placeCredentials',
  'specialtyCopyByCountry',
  specialtyCopyByCountryEn,
);
export const couplesCredentialsOutsideUs = /* @__PURE__ */ localised(
  'placeCredentials',
  'couplesCredentialsOutsideUs',
  couplesCredentialsOutsideUsEn,
);
export const couplesTrainingOutsideUs = /* @__PURE__ */ localisedText(
  'placeCredentials',
  'couplesTrainingOutsideUs',
  couplesTrainingOutsideUsEn,
);
export const couplesTrainingUsAndElsewhere = /* @__PURE__ */ localisedText(
  'placeCredentials',
  'couplesTrainingUsAndElsewhere',
  couplesTrainingUsAndElsewhereEn,
);
export const questionCopyByCountry = /* @__PURE__ */ localised(
  'placeCredentials',
  'questionCopyByCountry',
  questionCopyByCountryEn,
);
export const directoriesCopy = /* @__PURE__ */ localised(
  'placeCredentials',
  'directoriesCopy',
  directoriesCopyEn,
);
export const directoriesByPlace = /* @__PURE__ */ localised(
  'placeCredentials',
  'directoriesByPlace',
  directoriesByPlaceEn,
);

/** The couples guide, naming a US licence only for the US (and when no country is said). */
export function couplesGuideFor(place: PlaceId): Guide {
  return couplesGuideForPlaces([place]);
}

/**
 * The couples guide for where both partners live: a US licence where they are in the US (or
 * have not said), training anywhere else, and both when one is in the US and one is not.
 */
export function couplesGuideForPlaces(places: readonly PlaceId[]): Guide {
  const inUs =
    places.length === 0 || places.some((place) => place === 'us' || place === 'not-said');
  const elsewhere = places.some((place) => place !== 'us' && place !== 'not-said');
  if (!elsewhere) return couplesGuide;
  const training = inUs ? couplesTrainingUsAndElsewhere() : couplesTrainingOutsideUs();
  return {
    ...couplesGuide,
    sections: couplesGuide.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.id === 'lmft-or-training' ? { ...item, text: training } : item,
      ),
    })),
  };
}
