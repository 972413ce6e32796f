import { intakeCopy as intakeCopyEn } from './en/intake.ts';
import { localised } from './locale.ts';

export const intakeCopy = /* @__PURE__ */ localised('intake', 'intakeCopy', intakeCopyEn);
