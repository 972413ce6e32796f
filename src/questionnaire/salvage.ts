import type { z } from 'zod/mini';
import { answersExtrasShape, answersSchema, emptyAnswers, type Answers } from './answers.ts';

export interface SalvageResult {
  answers: Answers;
  /** Names of the answers that could not be kept. */
  dropped: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const coreFieldSchemas = {
  who: answersSchema.shape.who,
  concerns: answersSchema.shape.concerns,
  primaryConcern: answersSchema.shape.primaryConcern,
  relationship: answersSchema.shape.relationship,
  partnerTakingPart: answersSchema.shape.partnerTakingPart,
  feelsUnsafe: answersSchema.shape.feelsUnsafe,
  health: answersSchema.shape.health,
  affirming: answersSchema.shape.affirming,
};

const fieldSchemas: Record<string, z.ZodMiniType> = { ...coreFieldSchemas, ...answersExtrasShape };

/**
 * Keeps every answer that is still valid, one field at a time, and names the rest.
 * Used for stored state, where a damaged field should not cost the person every answer.
 * Lists of ids keep their known ids and lose the unknown ones.
 */
export function salvageAnswers(input: unknown): SalvageResult {
  const whole = answersSchema.safeParse(input);
  if (whole.success) return { answers: whole.data, dropped: [] };

  const answers: Answers = emptyAnswers();
  const dropped: string[] = [];
  if (!isRecord(input)) return { answers, dropped: ['all'] };

  for (const [key, schema] of Object.entries(fieldSchemas)) {
    if (!(key in input)) continue;
    const value = input[key];
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      (answers as Record<string, unknown>)[key] = parsed.data;
      continue;
    }
    if (Array.isArray(value)) {
      const kept = [...new Set(value)].filter((item) => schema.safeParse([item]).success);
      // Only lists keep their good items: a list where a record belongs is dropped whole.
      if (schema.safeParse(kept).success) (answers as Record<string, unknown>)[key] = kept;
    }
    dropped.push(key);
  }
  return { answers: answersSchema.parse(answers), dropped };
}
