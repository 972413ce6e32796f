import { resultsCopy as resultsCopyEn, checklistCopy as checklistCopyEn } from './en/results.ts';
import { localised } from './locale.ts';

export const resultsCopy = /* @__PURE__ */ localised('results', 'resultsCopy', resultsCopyEn);
export const checklistCopy = /* @__PURE__ */ localised('results', 'checklistCopy', checklistCopyEn);
