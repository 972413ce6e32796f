import {
  outsideUsLine as outsideUsLineEn,
  safetyCopy as safetyCopyEn,
  sexualAssaultNote as sexualAssaultNoteEn,
  trustedAdultLine as trustedAdultLineEn,
  unsafeRelationshipNotes as unsafeRelationshipNotesEn,
} from './en/safety.ts';
import { localised, localisedText } from './locale.ts';

export const outsideUsLine = /* @__PURE__ */ localisedText(
  'safety',
  'outsideUsLine',
  outsideUsLineEn,
);
export const safetyCopy = /* @__PURE__ */ localised('safety', 'safetyCopy', safetyCopyEn);
export const unsafeRelationshipNotes = /* @__PURE__ */ localised(
  'safety',
  'unsafeRelationshipNotes',
  unsafeRelationshipNotesEn,
);
export const sexualAssaultNote = /* @__PURE__ */ localised(
  'safety',
  'sexualAssaultNote',
  sexualAssaultNoteEn,
);
export const trustedAdultLine = /* @__PURE__ */ localised(
  'safety',
  'trustedAdultLine',
  trustedAdultLineEn,
);
