import { notebookLinks as notebookLinksEn } from './en/notebook-links.ts';
import { localised } from './locale.ts';

export const notebookLinks = /* @__PURE__ */ localised(
  'notebook',
  'notebookLinks',
  notebookLinksEn,
);
