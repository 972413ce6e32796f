import {
  stepNames as stepNamesEn,
  stepCaption as stepCaptionEn,
  concernsCopy as concernsCopyEn,
  detailsCopy as detailsCopyEn,
  relationshipCopy as relationshipCopyEn,
  healthCopy as healthCopyEn,
  goalsCopy as goalsCopyEn,
  preferencesCopy as preferencesCopyEn,
} from './en/steps.ts';
import { localised } from './locale.ts';

export const stepNames = /* @__PURE__ */ localised('steps', 'stepNames', stepNamesEn);
export const stepCaption = /* @__PURE__ */ localised('steps', 'stepCaption', stepCaptionEn);
export const concernsCopy = /* @__PURE__ */ localised('steps', 'concernsCopy', concernsCopyEn);
export const detailsCopy = /* @__PURE__ */ localised('steps', 'detailsCopy', detailsCopyEn);
export const relationshipCopy = /* @__PURE__ */ localised(
  'steps',
  'relationshipCopy',
  relationshipCopyEn,
);
export const healthCopy = /* @__PURE__ */ localised('steps', 'healthCopy', healthCopyEn);
export const goalsCopy = /* @__PURE__ */ localised('steps', 'goalsCopy', goalsCopyEn);
export const preferencesCopy = /* @__PURE__ */ localised(
  'steps',
  'preferencesCopy',
  preferencesCopyEn,
);
