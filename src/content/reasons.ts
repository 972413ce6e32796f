import {
  healthPhrases as healthPhrasesEn,
  affirmingPhrases as affirmingPhrasesEn,
  relationshipSentences as relationshipSentencesEn,
  whoSentences as whoSentencesEn,
  ruleNotes as ruleNotesEn,
  factSentences as factSentencesEn,
  reasonText as reasonTextEn,
} from './en/reasons.ts';
import { localised } from './locale.ts';

export const healthPhrases = /* @__PURE__ */ localised('reasons', 'healthPhrases', healthPhrasesEn);
export const affirmingPhrases = /* @__PURE__ */ localised(
  'reasons',
  'affirmingPhrases',
  affirmingPhrasesEn,
);
export const relationshipSentences = /* @__PURE__ */ localised(
  'reasons',
  'relationshipSentences',
  relationshipSentencesEn,
);
export const whoSentences = /* @__PURE__ */ localised('reasons', 'whoSentences', whoSentencesEn);
export const ruleNotes = /* @__PURE__ */ localised('reasons', 'ruleNotes', ruleNotesEn);
export const factSentences = /* @__PURE__ */ localised('reasons', 'factSentences', factSentencesEn);
export const reasonText = /* @__PURE__ */ localised('reasons', 'reasonText', reasonTextEn);
