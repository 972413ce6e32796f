import type { z } from 'zod/mini';
import {
  answersExtrasShape,
  answersSchema,
  concernDetailSchema,
  concernIdSchema,
  emptyAnswers,
  emptyQuestionNotes,
  questionNotesSchema,
  type Answers,
} from './answers.ts';
import { likelyKey, type FieldChecks, checkValue } from './field-check.ts';

/** A field of the answers document that a person answered (format and version are not answers). */
export type AnswerField = Exclude<keyof Answers, 'format' | 'version'>;
/** What a notice can name: an answer, a saved key we could not recognise, or everything. */
export type LostField = AnswerField | 'unknown' | 'all';

export interface SalvageResult {
  answers: Answers;
  /** The answers that could not be kept as they were saved, each once, in form order. */
  dropped: LostField[];
}

type Schema = z.ZodMiniType;

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
  country: answersSchema.shape.country,
};
const answerSchemas: Record<string, Schema> = { ...coreFieldSchemas, ...answersExtrasShape };
export const answerFields = Object.keys(answerSchemas) as AnswerField[];

/** Keys that sit beside the answers on purpose and are not answers themselves. */
const envelopeKeys = ['format', 'version', 'checks'];

/** Keeps the good part of a damaged value where that makes sense; undefined keeps nothing. */
type PartSalvage = (value: unknown) => unknown;

/** A list keeps the items that are still valid on their own. */
function listPart(schema: Schema): PartSalvage {
  return (value) => {
    if (!Array.isArray(value)) return undefined;
    const kept = [...new Set(value)].filter((item) => schema.safeParse([item]).success);
    return schema.safeParse(kept).success ? kept : undefined;
  };
}

const partSalvagers: Record<string, PartSalvage> = {
  // Details keep each topic's entry that is still valid.
  concernDetails: (value) => {
    if (!isRecord(value)) return undefined;
    const kept = Object.entries(value).filter(
      ([id, detail]) =>
        concernIdSchema.safeParse(id).success && concernDetailSchema.safeParse(detail).success,
    );
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  },
  // Question notes keep each part (ticks, edits, removals, additions) that is still valid.
  questionNotes: (value) => {
    if (!isRecord(value)) return undefined;
    const notes: Record<string, unknown> = emptyQuestionNotes();
    for (const [part, schema] of Object.entries(questionNotesSchema.shape)) {
      if (part in value && (schema as Schema).safeParse(value[part]).success) {
        notes[part] = value[part];
      }
    }
    return questionNotesSchema.safeParse(notes).success ? notes : undefined;
  },
};

const requiredKeys = new WeakMap<Record<string, Schema>, string[]>();

/** A field is required when its schema refuses a missing value. Worked out once per shape. */
function requiredKeysOf(schemas: Record<string, Schema>): string[] {
  let keys = requiredKeys.get(schemas);
  if (!keys) {
    keys = Object.keys(schemas).filter((key) => !schemas[key]!.safeParse(undefined).success);
    requiredKeys.set(schemas, keys);
  }
  return keys;
}

export interface FieldSalvage {
  kept: Record<string, unknown>;
  lost: string[];
}

/**
 * Reads a record field by field against `schemas`. A field is lost when it is damaged, when a
 * required one is missing, when its check value no longer matches, or when it appears or
 * disappears against the checks saved with it. A foreign key one or two letters away from a
 * missing known field names that field; any other foreign key counts as `unknown`.
 */
export function salvageFields(
  input: Record<string, unknown>,
  schemas: Record<string, Schema>,
  options: { required?: readonly string[]; checks?: FieldChecks | null; ignore?: string[] } = {},
): FieldSalvage {
  const { checks = null, ignore = [] } = options;
  const required = options.required ?? requiredKeysOf(schemas);
  const kept: Record<string, unknown> = {};
  const lost = new Set<string>();
  for (const [key, schema] of Object.entries(schemas)) {
    const present = key in input && input[key] !== undefined;
    if (!present) {
      if (required.includes(key) || (checks !== null && key in checks)) lost.add(key);
      continue;
    }
    const parsed = schema.safeParse(input[key]);
    if (parsed.success) {
      kept[key] = parsed.data;
      if (checks !== null && checks[key] !== checkValue(input[key])) lost.add(key);
      continue;
    }
    const salvage = partSalvagers[key] ?? (Array.isArray(input[key]) ? listPart(schema) : null);
    const part = salvage?.(input[key]);
    if (part !== undefined) kept[key] = part;
    lost.add(key);
  }
  const known = Object.keys(schemas);
  for (const key of Object.keys(input)) {
    if (key in schemas || ignore.includes(key)) continue;
    const meant = likelyKey(key, known);
    lost.add(meant !== undefined && !(meant in input) ? meant : 'unknown');
  }
  const order = [...known, 'unknown'];
  return { kept, lost: order.filter((key) => lost.has(key)) };
}

/**
 * Keeps every answer that is still valid, one field at a time, and names every answer that is
 * not exactly as it was saved. An unreadable safety answer counts as "prefer not to say", so a
 * damaged "yes" never turns quietly into "no".
 */
export function salvageAnswers(input: unknown, checks: FieldChecks | null = null): SalvageResult {
  if (!isRecord(input)) return { answers: emptyAnswers(), dropped: ['all'] };
  const { kept, lost } = salvageFields(input, answerSchemas, {
    checks,
    ignore: envelopeKeys,
  });
  const answers = { ...emptyAnswers(), ...kept } as Answers;
  if (lost.includes('feelsUnsafe')) answers.feelsUnsafe = 'prefer-not-to-say';
  const valid = answersSchema.safeParse(answers);
  // Each field is valid alone; should a rule across fields ever fail, start from the defaults.
  return {
    answers: valid.success ? valid.data : emptyAnswers(),
    dropped: valid.success ? (lost as LostField[]) : ['all'],
  };
}
