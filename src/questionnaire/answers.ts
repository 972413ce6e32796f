import { z } from 'zod/mini';
import {
  affirmingValues,
  botherValues,
  countryIds,
  budgetValues,
  concernIds,
  durationValues,
  feelsUnsafeValues,
  goalIds,
  healthValues,
  partnerTakingPartValues,
  relationshipLengthValues,
  relationshipValues,
  scopeValues,
  sessionFormatValues,
  therapistGenderValues,
  therapistWishValues,
  whoValues,
} from './ids.ts';
import { ANSWERS_FORMAT, ANSWERS_VERSION } from './answers-basics.ts';

// The format, the empty document and small edits live apart, free of zod, so the store that
// opens with the app does not wait for the schemas.
export { ANSWERS_FORMAT, ANSWERS_VERSION, emptyAnswers, withCountry } from './answers-basics.ts';

// Free text is capped so a pasted novel or a hostile file cannot bloat storage or the page.
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
const shortText = z.string().check(z.maxLength(SHORT_TEXT_MAX));
const longText = z.string().check(z.maxLength(LONG_TEXT_MAX));

/** Lists of ids hold each id once. */
function uniqueList<T extends z.core.$ZodType>(item: T) {
  return z.array(item).check(
    z.refine((list) => new Set(list).size === list.length, {
      message: 'Each choice appears once',
    }),
  );
}

export const concernIdSchema = z.enum(concernIds);
export const whoSchema = z.enum(whoValues);
export const relationshipSchema = z.enum(relationshipValues);
export const partnerTakingPartSchema = z.enum(partnerTakingPartValues);
export const feelsUnsafeSchema = z.enum(feelsUnsafeValues);
export const healthItemSchema = z.enum(healthValues);
export const affirmingSchema = z.enum(affirmingValues);
export const countrySchema = z.enum(countryIds);

export const concernDetailSchema = z.object({
  duration: z.optional(z.enum(durationValues)),
  scope: z.optional(z.enum(scopeValues)),
  bother: z.optional(z.enum(botherValues)),
  /** For a topic the person explores: what they would like from a therapist. */
  wishes: z.optional(uniqueList(z.enum(therapistWishValues))),
});
export type ConcernDetail = z.infer<typeof concernDetailSchema>;

export const QUESTION_NOTES_MAX = 60;
const noteId = z.string().check(z.minLength(1), z.maxLength(80));

/** The person's own edits to the suggested consultation questions: ticks, rewrites, removals, additions. */
export const questionNotesSchema = z.object({
  ticked: uniqueList(noteId).check(z.maxLength(200)),
  removed: uniqueList(noteId).check(z.maxLength(200)),
  edited: z.record(noteId, shortText),
  added: z.array(z.object({ id: noteId, text: shortText })).check(z.maxLength(QUESTION_NOTES_MAX)),
  // Optional, so notes written before the plan existed still open.
  /** Questions the person moved into "Start with these". */
  shortlistAdded: z.optional(uniqueList(noteId).check(z.maxLength(200))),
  /** Suggested shortlist questions the person moved out to "More questions". */
  shortlistRemoved: z.optional(uniqueList(noteId).check(z.maxLength(200))),
  /** The person's own words for "How to start the call". */
  opening: z.optional(longText),
});
export type QuestionNotes = z.infer<typeof questionNotesSchema>;

export const emptyQuestionNotes = (): QuestionNotes => ({
  ticked: [],
  removed: [],
  edited: {},
  added: [],
});

/** Fields of our own, beside the core. All optional so any core-only file still imports. */
export const answersExtrasShape = {
  concernsNotSure: z.optional(z.boolean()),
  concernsPreferNotToSay: z.optional(z.boolean()),
  otherConcern: z.optional(shortText),
  concernDetails: z.optional(z.partialRecord(concernIdSchema, concernDetailSchema)),
  relationshipLength: z.optional(z.enum(relationshipLengthValues)),
  healthSkipped: z.optional(z.boolean()),
  healthPreferNotToSay: z.optional(z.boolean()),
  goals: z.optional(uniqueList(z.enum(goalIds))),
  betterLooksLike: z.optional(longText),
  therapistShouldKnow: z.optional(longText),
  sessionFormat: z.optional(z.enum(sessionFormatValues)),
  therapistGender: z.optional(z.enum(therapistGenderValues)),
  budget: z.optional(uniqueList(z.enum(budgetValues))),
  location: z.optional(shortText),
  language: z.optional(shortText),
  questionNotes: z.optional(questionNotesSchema),
};

/** The answers document: the core of the domain brief plus our optional extras. */
export const answersSchema = z.object({
  format: z.literal(ANSWERS_FORMAT),
  version: z.literal(ANSWERS_VERSION),
  who: whoSchema,
  concerns: uniqueList(concernIdSchema),
  primaryConcern: z.nullable(concernIdSchema),
  relationship: relationshipSchema,
  partnerTakingPart: partnerTakingPartSchema,
  feelsUnsafe: feelsUnsafeSchema,
  health: uniqueList(healthItemSchema),
  affirming: uniqueList(affirmingSchema),
  /** Optional in the core: files written before it existed have none, which means not said. */
  country: z.optional(countrySchema),
  ...answersExtrasShape,
});
export type Answers = z.infer<typeof answersSchema>;
