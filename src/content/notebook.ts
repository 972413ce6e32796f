import {
  compareCopy as compareCopyEn,
  entryCopy as entryCopyEn,
  notebookHomeCopy as notebookHomeCopyEn,
  unnamedTherapist as unnamedTherapistEn,
} from './en/notebook.ts';
import { localised } from './locale.ts';

export const notebookHomeCopy = /* @__PURE__ */ localised(
  'notebook',
  'notebookHomeCopy',
  notebookHomeCopyEn,
);
export const unnamedTherapist = /* @__PURE__ */ localised(
  'notebook',
  'unnamedTherapist',
  unnamedTherapistEn,
);
export const entryCopy = /* @__PURE__ */ localised('notebook', 'entryCopy', entryCopyEn);
export const compareCopy = /* @__PURE__ */ localised('notebook', 'compareCopy', compareCopyEn);
