import {
  sharedConcernLabel as sharedConcernLabelEn,
  concernCopy as concernCopyEn,
  concernThemeCopy as concernThemeCopyEn,
} from './en/concerns.ts';
import { localised } from './locale.ts';

export type { ConcernCopy, ConcernThemeCopy } from './en/concerns.ts';

export const sharedConcernLabel = /* @__PURE__ */ localised(
  'concerns',
  'sharedConcernLabel',
  sharedConcernLabelEn,
);
export const concernCopy = /* @__PURE__ */ localised('concerns', 'concernCopy', concernCopyEn);
export const concernThemeCopy = /* @__PURE__ */ localised(
  'concerns',
  'concernThemeCopy',
  concernThemeCopyEn,
);
