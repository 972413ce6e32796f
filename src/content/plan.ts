import {
  planCopy as planCopyEn,
  shortlistWhy as shortlistWhyEn,
  signCopy as signCopyEn,
  openingSentences as openingSentencesEn,
  bringLines as bringLinesEn,
  linkNextSteps as linkNextStepsEn,
} from './en/plan.ts';
import { localised } from './locale.ts';

export const planCopy = /* @__PURE__ */ localised('plan', 'planCopy', planCopyEn);
export const shortlistWhy = /* @__PURE__ */ localised('plan', 'shortlistWhy', shortlistWhyEn);
export const signCopy = /* @__PURE__ */ localised('plan', 'signCopy', signCopyEn);
export const openingSentences = /* @__PURE__ */ localised(
  'plan',
  'openingSentences',
  openingSentencesEn,
);
export const bringLines = /* @__PURE__ */ localised('plan', 'bringLines', bringLinesEn);
export const linkNextSteps = /* @__PURE__ */ localised('plan', 'linkNextSteps', linkNextStepsEn);
