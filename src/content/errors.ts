import { errorCopy as errorCopyEn } from './en/errors.ts';
import { localised } from './locale.ts';

export const errorCopy = /* @__PURE__ */ localised('errors', 'errorCopy', errorCopyEn);
