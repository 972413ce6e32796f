import { appCopy as appCopyEn, pageTitle as pageTitleEn } from './en/app.ts';
import { localised } from './locale.ts';

export const appCopy = /* @__PURE__ */ localised('app', 'appCopy', appCopyEn);
export const pageTitle = /* @__PURE__ */ localised('app', 'pageTitle', pageTitleEn);
