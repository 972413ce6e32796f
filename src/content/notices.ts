import { noticeCopy as noticeCopyEn } from './en/notices.ts';
import { localised } from './locale.ts';

export const noticeCopy = /* @__PURE__ */ localised('notices', 'noticeCopy', noticeCopyEn);
