import { startCopy as startCopyEn } from './en/start.ts';
import { localised } from './locale.ts';

export const startCopy = /* @__PURE__ */ localised('start', 'startCopy', startCopyEn);
