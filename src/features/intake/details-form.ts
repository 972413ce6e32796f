import { z } from 'zod/mini';
import { concernIdSchema, type Answers, type ConcernDetail } from '../../questionnaire/answers.ts';
import {
  botherValues,
  durationValues,
  scopeValues,
  therapistWishValues,
  type ConcernId,
} from '../../questionnaire/ids.ts';
import { asksAboutDifficulty } from '../../questionnaire/steps.ts';

// The details step's form: every question optional, so the schema only checks the shape.

export const EQUAL = 'equal';

const detailFormSchema = z.object({
  duration: z.nullable(z.optional(z.enum(durationValues))),
  scope: z.nullable(z.optional(z.enum(scopeValues))),
  bother: z.nullable(z.optional(z.enum(botherValues))),
  wishes: z.array(z.enum(therapistWishValues)),
});

export const detailsFormSchema = z.object({
  details: z.record(z.string(), detailFormSchema),
  primary: z.nullable(z.union([concernIdSchema, z.literal(EQUAL)])),
});
export type DetailsForm = z.infer<typeof detailsFormSchema>;

export function detailsDefaults(answers: Answers, answered: boolean): DetailsForm {
  const needsPrimary = answers.concerns.length > 1;
  return {
    details: Object.fromEntries(
      answers.concerns.map((concern) => {
        const saved = answers.concernDetails?.[concern];
        return [
          concern,
          {
            duration: saved?.duration ?? null,
            scope: saved?.scope ?? null,
            bother: saved?.bother ?? null,
            wishes: saved?.wishes ?? [],
          },
        ];
      }),
    ),
    primary: answers.primaryConcern ?? (answered && needsPrimary ? EQUAL : null),
  };
}

/**
 * Keeps only what the person said, and only the questions their topic was asked:
 * an empty detail says nothing.
 */
export function toDetails(
  concerns: readonly ConcernId[],
  form: DetailsForm,
): Answers['concernDetails'] {
  const result: Partial<Record<ConcernId, ConcernDetail>> = {};
  for (const concern of concerns) {
    const detail = form.details[concern];
    if (!detail) continue;
    const kept: ConcernDetail = {};
    if (asksAboutDifficulty(concern)) {
      if (detail.duration) kept.duration = detail.duration;
      if (detail.scope) kept.scope = detail.scope;
      if (detail.bother) kept.bother = detail.bother;
    } else if (detail.wishes.length > 0) {
      kept.wishes = therapistWishValues.filter((wish) => detail.wishes.includes(wish));
    }
    if (Object.keys(kept).length > 0) result[concern] = kept;
  }
  return result;
}

/**
 * What matters most: the one topic when there is one, else only what the person chose.
 * Unanswered and "about the same" both store null; the rules then treat the topics as equal.
 */
export function toPrimary(concerns: readonly ConcernId[], form: DetailsForm): ConcernId | null {
  if (concerns.length === 1) return concerns[0] ?? null;
  return form.primary === null || form.primary === EQUAL ? null : form.primary;
}
