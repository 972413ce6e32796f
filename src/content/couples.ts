import {
  defaultNames as defaultNamesEn,
  factsCopy as factsCopyEn,
  turnCopy as turnCopyEn,
  safetyStepCopy as safetyStepCopyEn,
  markCopy as markCopyEn,
  lookAwayCopy as lookAwayCopyEn,
  finishTurnCopy as finishTurnCopyEn,
  compareCopy as compareCopyEn,
  promptCopy as promptCopyEn,
  shareCopy as shareCopyEn,
  importCopy as importCopyEn,
  replyCopy as replyCopyEn,
  apartNextCopy as apartNextCopyEn,
  privateViewCopy as privateViewCopyEn,
  passcodeCopy as passcodeCopyEn,
} from './en/couples.ts';
import { localised } from './locale.ts';

export const defaultNames = /* @__PURE__ */ localised('couples', 'defaultNames', defaultNamesEn);
export const factsCopy = /* @__PURE__ */ localised('couples', 'factsCopy', factsCopyEn);
export const turnCopy = /* @__PURE__ */ localised('couples', 'turnCopy', turnCopyEn);
export const safetyStepCopy = /* @__PURE__ */ localised(
  'couples',
  'safetyStepCopy',
  safetyStepCopyEn,
);
export const markCopy = /* @__PURE__ */ localised('couples', 'markCopy', markCopyEn);
export const lookAwayCopy = /* @__PURE__ */ localised('couples', 'lookAwayCopy', lookAwayCopyEn);
export const finishTurnCopy = /* @__PURE__ */ localised(
  'couples',
  'finishTurnCopy',
  finishTurnCopyEn,
);
export const compareCopy = /* @__PURE__ */ localised('couples', 'compareCopy', compareCopyEn);
export const promptCopy = /* @__PURE__ */ localised('couples', 'promptCopy', promptCopyEn);
export const shareCopy = /* @__PURE__ */ localised('couples', 'shareCopy', shareCopyEn);
export const importCopy = /* @__PURE__ */ localised('couples', 'importCopy', importCopyEn);
export const apartNextCopy = /* @__PURE__ */ localised('couples', 'apartNextCopy', apartNextCopyEn);
export const privateViewCopy = /* @__PURE__ */ localised(
  'couples',
  'privateViewCopy',
  privateViewCopyEn,
);
export const passcodeCopy = /* @__PURE__ */ localised('couples', 'passcodeCopy', passcodeCopyEn);
export const replyCopy = /* @__PURE__ */ localised('couples', 'replyCopy', replyCopyEn);
