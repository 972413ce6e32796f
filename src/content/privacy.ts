import {
  storageModeCopy as storageModeCopyEn,
  storageFormCopy as storageFormCopyEn,
} from './en/privacy.ts';
import { localised } from './locale.ts';

export const storageModeCopy = /* @__PURE__ */ localised(
  'privacy',
  'storageModeCopy',
  storageModeCopyEn,
);
export const storageFormCopy = /* @__PURE__ */ localised(
  'privacy',
  'storageFormCopy',
  storageFormCopyEn,
);
