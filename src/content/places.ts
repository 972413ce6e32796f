import {
  placePanelCopy as placePanelCopyEn,
  otherPlacesCopy as otherPlacesCopyEn,
  placeHelp as placeHelpEn,
} from './en/places.ts';
import { localised } from './locale.ts';

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
