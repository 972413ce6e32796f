import { outsideUsLine as outsideUsLineEn, safetyCopy as safetyCopyEn } from './en/safety.ts';
import { localised } from './locale.ts';

export const outsideUsLine = /* @__PURE__ */ localised('safety', 'outsideUsLine', outsideUsLineEn);
export const safetyCopy = /* @__PURE__ */ localised('safety', 'safetyCopy', safetyCopyEn);
