import { z } from 'zod/mini';
import {
  concernDetailSchema,
  concernIdSchema,
  countrySchema,
  relationshipSchema,
  SHORT_TEXT_MAX,
  LONG_TEXT_MAX,
  type Answers,
} from './answers.ts';
import {
  affirmingValues,
  budgetValues,
  goalIds,
  partnerTakingPartValues,
  relationshipLengthValues,
  sessionFormatValues,
  therapistGenderValues,
} from './ids.ts';
import { bothItemsSchema, emptyBothItems, intersectItems, type BothItems } from './both-items.ts';

// What a partner may see of the other's answers. The shareable document is a WHITELIST:
// a field added to the answers later stays private until someone adds it here on purpose.
// Health, medicines, location, question notes and the safety answer are never in it. The
// country is: a couple living in two countries sees the checks for both.

function uniqueList<T extends z.core.$ZodType>(item: T) {
  return z
    .array(item)
    .check(z.refine((list) => new Set(list).size === list.length, { message: 'Listed twice' }));
}

/** Free-text answers that a partner can mark "only for me". */
export const privateTextFields = [
  'otherConcern',
  'betterLooksLike',
  'therapistShouldKnow',
] as const;
export type PrivateTextField = (typeof privateTextFields)[number];

export const privacyMarksSchema = z.object({
  concerns: uniqueList(concernIdSchema),
  goals: uniqueList(z.enum(goalIds)),
  affirming: uniqueList(z.enum(affirmingValues)),
  texts: uniqueList(z.enum(privateTextFields)),
  /** "Share only if we both named it" (both-items.ts): kept out of the shared answers too. */
  ifBoth: z.optional(bothItemsSchema),
});
export type PrivacyMarks = z.infer<typeof privacyMarksSchema>;

export function emptyMarks(): PrivacyMarks {
  return { concerns: [], goals: [], affirming: [], texts: [] };
}

/** Free text is private until the person chooses to share it: it is the most revealing part. */
export function defaultMarks(answers: Answers): PrivacyMarks {
  return { ...emptyMarks(), texts: privateTextFields.filter((field) => answers[field]) };
}

const shortText = z.string().check(z.maxLength(SHORT_TEXT_MAX));
const longText = z.string().check(z.maxLength(LONG_TEXT_MAX));

// Strict: a code or stored record carrying any other field (feelsUnsafe, health…) is refused.
export const shareableAnswersSchema = z.strictObject({
  concerns: uniqueList(concernIdSchema),
  primaryConcern: z.nullable(concernIdSchema),
  concernDetails: z.optional(z.partialRecord(concernIdSchema, concernDetailSchema)),
  otherConcern: z.optional(shortText),
  relationship: relationshipSchema,
  relationshipLength: z.optional(z.enum(relationshipLengthValues)),
  partnerTakingPart: z.enum(partnerTakingPartValues),
  goals: uniqueList(z.enum(goalIds)),
  betterLooksLike: z.optional(longText),
  therapistShouldKnow: z.optional(longText),
  affirming: uniqueList(z.enum(affirmingValues)),
  sessionFormat: z.optional(z.enum(sessionFormatValues)),
  therapistGender: z.optional(z.enum(therapistGenderValues)),
  budget: z.optional(uniqueList(z.enum(budgetValues))),
  country: z.optional(countrySchema),
});
export type ShareableAnswers = z.infer<typeof shareableAnswersSchema>;

/**
 * The part of one partner's answers the other may see: items marked "only for me" are gone,
 * and so is everything outside the whitelist. `feelsUnsafe` is never copied, whatever the marks.
 */
export function shareableAnswers(answers: Answers, marks: PrivacyMarks): ShareableAnswers {
  const ifBoth = marks.ifBoth ?? emptyBothItems();
  const concerns = answers.concerns.filter(
    (id) => !marks.concerns.includes(id) && !ifBoth.concerns.includes(id),
  );
  const details = Object.fromEntries(
    concerns.flatMap((id) => {
      const detail = answers.concernDetails?.[id];
      return detail ? [[id, { ...detail }]] : [];
    }),
  );
  const shared: ShareableAnswers = {
    concerns,
    primaryConcern:
      answers.primaryConcern !== null && concerns.includes(answers.primaryConcern)
        ? answers.primaryConcern
        : null,
    relationship: answers.relationship,
    partnerTakingPart: answers.partnerTakingPart,
    goals: (answers.goals ?? []).filter(
      (id) => !marks.goals.includes(id) && !ifBoth.goals.includes(id),
    ),
    affirming: answers.affirming.filter(
      (id) => !marks.affirming.includes(id) && !ifBoth.affirming.includes(id),
    ),
  };
  if (Object.keys(details).length > 0) shared.concernDetails = details;
  if (answers.relationshipLength) shared.relationshipLength = answers.relationshipLength;
  for (const field of privateTextFields) {
    const text = answers[field];
    if (text && !marks.texts.includes(field)) shared[field] = text;
  }
  if (answers.sessionFormat) shared.sessionFormat = answers.sessionFormat;
  if (answers.therapistGender) shared.therapistGender = answers.therapistGender;
  if (answers.budget && answers.budget.length > 0) shared.budget = [...answers.budget];
  if (answers.country) shared.country = answers.country;
  return shared;
}

/** How many items a person marked private, counting only items they actually answered. */
export function countMarked(answers: Answers, marks: PrivacyMarks): number {
  return (
    answers.concerns.filter((id) => marks.concerns.includes(id)).length +
    (answers.goals ?? []).filter((id) => marks.goals.includes(id)).length +
    answers.affirming.filter((id) => marks.affirming.includes(id)).length +
    privateTextFields.filter((field) => answers[field] && marks.texts.includes(field)).length
  );
}

/**
 * The items a person keeps "only if we both", limited to what they actually answered and never
 * also marked "only for me" (that choice wins).
 */
export function ifBothItems(answers: Answers, marks: PrivacyMarks): BothItems {
  const answered: BothItems = {
    concerns: answers.concerns.filter((id) => !marks.concerns.includes(id)),
    goals: (answers.goals ?? []).filter((id) => !marks.goals.includes(id)),
    affirming: answers.affirming.filter((id) => !marks.affirming.includes(id)),
  };
  return intersectItems(marks.ifBoth ?? emptyBothItems(), answered);
}
