import {
  concernPlaceholder as concernPlaceholderEn,
  maxNamedConcerns as maxNamedConcernsEn,
  questionTopicCopy as questionTopicCopyEn,
  listConcerns as listConcernsEn,
  questionText as questionTextEn,
  questionCopyFor as questionCopyForEn,
} from './en/question-text.ts';
import { localised } from './locale.ts';

export const concernPlaceholder = /* @__PURE__ */ localised(
  'questionText',
  'concernPlaceholder',
  concernPlaceholderEn,
);
export const maxNamedConcerns = /* @__PURE__ */ localised(
  'questionText',
  'maxNamedConcerns',
  maxNamedConcernsEn,
);
export const questionTopicCopy = /* @__PURE__ */ localised(
  'questionText',
  'questionTopicCopy',
  questionTopicCopyEn,
);
export const listConcerns = /* @__PURE__ */ localised(
  'questionText',
  'listConcerns',
  listConcernsEn,
);
export const questionText = /* @__PURE__ */ localised(
  'questionText',
  'questionText',
  questionTextEn,
);
export const questionCopyFor = /* @__PURE__ */ localised(
  'questionText',
  'questionCopyFor',
  questionCopyForEn,
);
