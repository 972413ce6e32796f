import {
  deleteCopy as deleteCopyEn,
  storageModeCopy as storageModeCopyEn,
  storageFormCopy as storageFormCopyEn,
  unlockCopy as unlockCopyEn,
  privacyPageCopy as privacyPageCopyEn,
  stayingSafeCopy as stayingSafeCopyEn,
} from './en/privacy.ts';
import { localised } from './locale.ts';

export const deleteCopy = /* @__PURE__ */ localised('privacy', 'deleteCopy', deleteCopyEn);
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
export const unlockCopy = /* @__PURE__ */ localised('privacy', 'unlockCopy', unlockCopyEn);
export const privacyPageCopy = /* @__PURE__ */ localised(
  'privacy',
  'privacyPageCopy',
  privacyPageCopyEn,
);
export const stayingSafeCopy = /* @__PURE__ */ localised(
  'privacy',
  'stayingSafeCopy',
  stayingSafeCopyEn,
);
