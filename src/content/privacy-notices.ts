import {
  exitCopy as exitCopyEn,
  storageNoticeCopy as storageNoticeCopyEn,
} from './en/privacy-notices.ts';
import { localised } from './locale.ts';

export const exitCopy = /* @__PURE__ */ localised('privacyNotices', 'exitCopy', exitCopyEn);
export const storageNoticeCopy = /* @__PURE__ */ localised(
  'privacyNotices',
  'storageNoticeCopy',
  storageNoticeCopyEn,
);
