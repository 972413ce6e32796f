import { referralCopy as referralCopyEn } from './en/referrals.ts';
import { localised } from './locale.ts';

export const referralCopy = /* @__PURE__ */ localised('referrals', 'referralCopy', referralCopyEn);
