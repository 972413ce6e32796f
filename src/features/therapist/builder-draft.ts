import { z } from 'zod/mini';
import { countryIds } from '../../questionnaire/ids.ts';
import {
  isRealDate,
  licenceIds,
  linkLimits,
  linkSectionIds,
  questionKinds,
  returnModes,
} from '../../questionnaire/therapist-link.ts';
import {
  audiences,
  emptyBuilderValues,
  type BuilderValues,
  type QuestionValues,
} from './builder-values.ts';

// What the builder keeps, and how it reads it back. Pure, apart from the two small functions at
// the end that take a Storage (or null where the browser blocks it). Both records start with
// "consult-prep.", so "Delete everything" finds them, and the quick exit clears this tab's one.
//
// - The form as the therapist types: sessionStorage, this tab only (it may hold a client's name).
// - The last link made: localStorage, without the client's name or the consultation date.
//
// Anything read back is checked with zod, field by field: a damaged field costs that field only
// (a damaged question costs that question), and each loss is named so the page can say so.

export const BUILDER_DRAFT_KEY = 'consult-prep.therapist-builder';
export const LAST_LINK_KEY = 'consult-prep.therapist-last-link';
const DRAFT_FORMAT = 'consult-prep.therapist-builder';
const LAST_LINK_FORMAT = 'consult-prep.therapist-last-link';
const VERSION = 1;
/** A full form is under 10,000 characters: anything much bigger is not ours, and is not read. */
export const DRAFT_MAX_CHARS = 40_000;

// Room for more than a link allows, so a long field comes back and the builder says what to cut.
const text = (limit: number) => z.string().check(z.maxLength(limit * 2));
const STATES_MAX = 1000;
const OPTIONS_MAX = 2000;

/** Each field's check, in page order (the order losses are named in). */
const fieldSchemas = {
  audience: z.enum(audiences),
  client: text(linkLimits.client),
  date: z.string().check(z.refine((value) => value === '' || isRealDate(value))),
  name: text(linkLimits.name),
  licences: null,
  licenceOther: text(linkLimits.licenceOther),
  states: z.string().check(z.maxLength(STATES_MAX)),
  aasect: z.nullable(z.enum(['yes', 'no'])),
  practice: text(linkLimits.practice),
  country: z.union([z.literal(''), z.enum(countryIds)]),
  website: text(linkLimits.website),
  contact: text(linkLimits.contact),
  welcome: text(linkLimits.welcome),
  sections: null,
  questions: null,
  returnMode: z.enum(returnModes),
} satisfies { [K in keyof BuilderValues]: z.ZodMiniType<BuilderValues[K]> | null };

export type DraftField = keyof BuilderValues;
export const draftFields = Object.keys(fieldSchemas) as DraftField[];

const questionSchema = z.object({
  text: text(linkLimits.questionText),
  kind: z.enum(questionKinds),
  options: z.string().check(z.maxLength(OPTIONS_MAX)),
});

/** A part that could not be read back: a whole field, or one question (numbered from 1). */
export type DraftLoss = { field: DraftField } | { question: number };

export type DraftRead =
  | { status: 'none' }
  /** Not ours, too big, or not readable at all: nothing can be kept. */
  | { status: 'unreadable' }
  | { status: 'read'; values: BuilderValues; losses: DraftLoss[] };

export type LastLinkRead =
  | { status: 'none' }
  | { status: 'unreadable' }
  | {
      status: 'read';
      values: BuilderValues;
      losses: DraftLoss[];
      /** The day the link was made (YYYY-MM-DD), when known. */
      made?: string;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kept ids of a list, in order, without repeats or unknown ids. */
function idList<T extends string>(value: unknown, ids: readonly T[], max: number) {
  if (!Array.isArray(value)) return { kept: [] as T[], lost: true };
  const known = value.filter((item): item is T => (ids as readonly unknown[]).includes(item));
  const kept = [...new Set(known)].slice(0, max);
  return { kept, lost: kept.length !== value.length };
}

function questionList(value: unknown, losses: DraftLoss[]): QuestionValues[] {
  if (!Array.isArray(value)) {
    losses.push({ field: 'questions' });
    return [];
  }
  const kept: QuestionValues[] = [];
  value.slice(0, linkLimits.questions).forEach((item, i) => {
    const parsed = questionSchema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else losses.push({ question: i + 1 });
  });
  if (value.length > linkLimits.questions) losses.push({ field: 'questions' });
  return kept;
}

/** Keeps every field that passes its check; the rest start empty and are named as lost. */
export function salvageValues(input: unknown): { values: BuilderValues; losses: DraftLoss[] } {
  const values = emptyBuilderValues();
  const losses: DraftLoss[] = [];
  if (!isRecord(input)) return { values, losses: draftFields.map((field) => ({ field })) };
  const kept = values as unknown as Record<DraftField, unknown>;
  for (const field of draftFields) {
    const raw = input[field];
    if (field === 'licences' || field === 'sections') {
      const list =
        field === 'licences'
          ? idList(raw, licenceIds, linkLimits.licences)
          : idList(raw, linkSectionIds, linkSectionIds.length);
      kept[field] = list.kept;
      if (list.lost) losses.push({ field });
    } else if (field === 'questions') {
      kept[field] = questionList(raw, losses);
    } else {
      const parsed = fieldSchemas[field].safeParse(raw);
      if (parsed.success) kept[field] = parsed.data;
      else losses.push({ field });
    }
  }
  return { values, losses };
}

/** The record inside `raw`, or why there is none. Never throws. */
function envelope(raw: string | null, format: string): Record<string, unknown> | 'none' | 'bad' {
  if (raw === null || raw === '') return 'none';
  if (raw.length > DRAFT_MAX_CHARS) return 'bad';
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'bad';
  }
  return isRecord(data) && data.format === format && data.version === VERSION ? data : 'bad';
}

export function readDraft(raw: string | null): DraftRead {
  const data = envelope(raw, DRAFT_FORMAT);
  if (data === 'none') return { status: 'none' };
  if (data === 'bad' || !isRecord(data.values)) return { status: 'unreadable' };
  return { status: 'read', ...salvageValues(data.values) };
}

/** Fields that belong to one client: never kept with the last link. */
const perClient = new Set<DraftField>(['client', 'date']);

/**
 * The last link's values. A client's name and date never come back from it, even if a changed
 * record holds them, and their absence is no loss.
 */
export function readLastLink(raw: string | null): LastLinkRead {
  const data = envelope(raw, LAST_LINK_FORMAT);
  if (data === 'none') return { status: 'none' };
  if (data === 'bad' || !isRecord(data.values)) return { status: 'unreadable' };
  const { values, losses } = salvageValues({ client: '', date: '', ...data.values });
  const made = typeof data.made === 'string' && isRealDate(data.made) ? { made: data.made } : {};
  return {
    status: 'read',
    values: { ...values, client: '', date: '' },
    losses: losses.filter((loss) => !('field' in loss) || !perClient.has(loss.field)),
    ...made,
  };
}

/** Plain values in a fixed shape, whatever the form library hands over for a list. */
export function normalValues(values: BuilderValues): BuilderValues {
  const list = <T>(value: unknown): T[] =>
    Array.isArray(value) ? (value as T[]) : typeof value === 'string' ? [value as T] : [];
  const kept = emptyBuilderValues() as unknown as Record<DraftField, unknown>;
  for (const field of draftFields) kept[field] = values[field];
  const normal = kept as unknown as BuilderValues;
  return {
    ...normal,
    licences: list(values.licences),
    sections: list(values.sections),
    questions: list<QuestionValues>(values.questions).map((question) => ({
      text: question.text,
      kind: question.kind,
      options: question.options,
    })),
  };
}

export function isEmptyValues(values: BuilderValues): boolean {
  return JSON.stringify(normalValues(values)) === JSON.stringify(emptyBuilderValues());
}

/** The builder's values as the last link keeps them: without the client's name or date. */
export function lastLinkValues(values: BuilderValues): BuilderValues {
  return { ...normalValues(values), client: '', date: '' };
}

export function serializeDraft(values: BuilderValues): string {
  return JSON.stringify({ format: DRAFT_FORMAT, version: VERSION, values: normalValues(values) });
}

export function serializeLastLink(values: BuilderValues, made: string): string {
  return JSON.stringify({
    format: LAST_LINK_FORMAT,
    version: VERSION,
    made,
    values: lastLinkValues(values),
  });
}

// --- Storage ------------------------------------------------------------------------------
// Each takes the Storage, or null where the browser blocks it; none throws. Storage that is
// full or blocked only means the form is not kept: the page goes on working.

function getItem(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function setItem(storage: Storage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Full or blocked: the form stays on the page, just not kept.
  }
}

export const loadDraft = (storage: Storage | null) =>
  readDraft(getItem(storage, BUILDER_DRAFT_KEY));

/** Keeps the form; an empty form is removed rather than kept. */
export function saveDraft(storage: Storage | null, values: BuilderValues): void {
  setItem(storage, BUILDER_DRAFT_KEY, isEmptyValues(values) ? null : serializeDraft(values));
}

export const clearDraft = (storage: Storage | null) => setItem(storage, BUILDER_DRAFT_KEY, null);

export const loadLastLink = (storage: Storage | null) =>
  readLastLink(getItem(storage, LAST_LINK_KEY));

export const saveLastLink = (storage: Storage | null, values: BuilderValues, made: string) =>
  setItem(storage, LAST_LINK_KEY, serializeLastLink(values, made));

export const forgetLastLink = (storage: Storage | null) => setItem(storage, LAST_LINK_KEY, null);
