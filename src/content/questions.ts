import {
  questionCopy as questionCopyEn,
  sharedQuestionCopy as sharedQuestionCopyEn,
} from './en/questions.ts';
import { localised } from './locale.ts';

export const questionCopy = /* @__PURE__ */ localised('questions', 'questionCopy', questionCopyEn);
export const sharedQuestionCopy = /* @__PURE__ */ localised(
  'questions',
  'sharedQuestionCopy',
  sharedQuestionCopyEn,
);
