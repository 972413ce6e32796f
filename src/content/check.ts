import { checkCopy as checkCopyEn } from './en/check.ts';
import { localised } from './locale.ts';

export const checkCopy = /* @__PURE__ */ localised('check', 'checkCopy', checkCopyEn);
