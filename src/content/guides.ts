import {
  resultsDisclaimer as resultsDisclaimerEn,
  firstSessionGuide as firstSessionGuideEn,
  credentialsGuide as credentialsGuideEn,
  couplesGuide as couplesGuideEn,
  guides as guidesEn,
} from './en/guides.ts';
import { localised, localisedText } from './locale.ts';

export const resultsDisclaimer = /* @__PURE__ */ localisedText(
  'guides',
  'resultsDisclaimer',
  resultsDisclaimerEn,
);
export const firstSessionGuide = /* @__PURE__ */ localised(
  'guides',
  'firstSessionGuide',
  firstSessionGuideEn,
);
export const credentialsGuide = /* @__PURE__ */ localised(
  'guides',
  'credentialsGuide',
  credentialsGuideEn,
);
export const couplesGuide = /* @__PURE__ */ localised('guides', 'couplesGuide', couplesGuideEn);
export const guides = /* @__PURE__ */ localised('guides', 'guides', guidesEn);
