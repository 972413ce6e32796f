import { answersFileCopy as answersFileCopyEn } from './en/answers-file.ts';
import { localised } from './locale.ts';

export const answersFileCopy = /* @__PURE__ */ localised(
  'answersFile',
  'answersFileCopy',
  answersFileCopyEn,
);
