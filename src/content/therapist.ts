import {
  licenceLabels as licenceLabelsEn,
  stateNames as stateNamesEn,
  sectionLabels as sectionLabelsEn,
  questionKindLabels as questionKindLabelsEn,
  introCopy as introCopyEn,
  landingCopy as landingCopyEn,
  linkErrorCopy as linkErrorCopyEn,
  linkPasteCopy as linkPasteCopyEn,
  questionsStepCopy as questionsStepCopyEn,
  resultsLinkCopy as resultsLinkCopyEn,
  sendCopy as sendCopyEn,
  builderCopy as builderCopyEn,
  keyCopy as keyCopyEn,
  openCopy as openCopyEn,
  openedSectionNames as openedSectionNamesEn,
  builderAudienceCopy as builderAudienceCopyEn,
  builderKeptCopy as builderKeptCopyEn,
  clientLinkCopy as clientLinkCopyEn,
  keptCopy as keptCopyEn,
  keyListCopy as keyListCopyEn,
  keyBackupCopy as keyBackupCopyEn,
  keyLockCopy as keyLockCopyEn,
  openKeyCopy as openKeyCopyEn,
} from './en/therapist.ts';
import { localised } from './locale.ts';

export const licenceLabels = /* @__PURE__ */ localised(
  'therapist',
  'licenceLabels',
  licenceLabelsEn,
);
export const stateNames = /* @__PURE__ */ localised('therapist', 'stateNames', stateNamesEn);
export const sectionLabels = /* @__PURE__ */ localised(
  'therapist',
  'sectionLabels',
  sectionLabelsEn,
);
export const questionKindLabels = /* @__PURE__ */ localised(
  'therapist',
  'questionKindLabels',
  questionKindLabelsEn,
);
export const introCopy = /* @__PURE__ */ localised('therapist', 'introCopy', introCopyEn);
export const landingCopy = /* @__PURE__ */ localised('therapist', 'landingCopy', landingCopyEn);
export const linkErrorCopy = /* @__PURE__ */ localised(
  'therapist',
  'linkErrorCopy',
  linkErrorCopyEn,
);
export const linkPasteCopy = /* @__PURE__ */ localised(
  'therapist',
  'linkPasteCopy',
  linkPasteCopyEn,
);
export const questionsStepCopy = /* @__PURE__ */ localised(
  'therapist',
  'questionsStepCopy',
  questionsStepCopyEn,
);
export const resultsLinkCopy = /* @__PURE__ */ localised(
  'therapist',
  'resultsLinkCopy',
  resultsLinkCopyEn,
);
export const sendCopy = /* @__PURE__ */ localised('therapist', 'sendCopy', sendCopyEn);
export const builderCopy = /* @__PURE__ */ localised('therapist', 'builderCopy', builderCopyEn);
export const keyCopy = /* @__PURE__ */ localised('therapist', 'keyCopy', keyCopyEn);
export const openCopy = /* @__PURE__ */ localised('therapist', 'openCopy', openCopyEn);
export const openedSectionNames = /* @__PURE__ */ localised(
  'therapist',
  'openedSectionNames',
  openedSectionNamesEn,
);
export const builderAudienceCopy = /* @__PURE__ */ localised(
  'therapist',
  'builderAudienceCopy',
  builderAudienceCopyEn,
);
export const builderKeptCopy = /* @__PURE__ */ localised(
  'therapist',
  'builderKeptCopy',
  builderKeptCopyEn,
);
export const clientLinkCopy = /* @__PURE__ */ localised(
  'therapist',
  'clientLinkCopy',
  clientLinkCopyEn,
);
export const keptCopy = /* @__PURE__ */ localised('therapist', 'keptCopy', keptCopyEn);
export const keyListCopy = /* @__PURE__ */ localised('therapist', 'keyListCopy', keyListCopyEn);
export const keyBackupCopy = /* @__PURE__ */ localised(
  'therapist',
  'keyBackupCopy',
  keyBackupCopyEn,
);
export const keyLockCopy = /* @__PURE__ */ localised('therapist', 'keyLockCopy', keyLockCopyEn);
export const openKeyCopy = /* @__PURE__ */ localised('therapist', 'openKeyCopy', openKeyCopyEn);
