import {
  deleteCopy as deleteCopyEn,
  unlockCopy as unlockCopyEn,
  privacyPageCopy as privacyPageCopyEn,
  stayingSafeCopy as stayingSafeCopyEn,
} from './en/privacy-pages.ts';
import { localised } from './locale.ts';

// The privacy pages' own words: they load with those pages, not with the start page.

export const deleteCopy = /* @__PURE__ */ localised('privacyPages', 'deleteCopy', deleteCopyEn);
export const unlockCopy = /* @__PURE__ */ localised('privacyPages', 'unlockCopy', unlockCopyEn);
export const privacyPageCopy = /* @__PURE__ */ localised(
  'privacyPages',
  'privacyPageCopy',
  privacyPageCopyEn,
);
export const stayingSafeCopy = /* @__PURE__ */ localised(
  'privacyPages',
  'stayingSafeCopy',
  stayingSafeCopyEn,
);
