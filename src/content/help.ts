import { helpCopy as helpCopyEn } from './en/help.ts';
import { localised } from './locale.ts';

export const helpCopy = /* @__PURE__ */ localised('help', 'helpCopy', helpCopyEn);
