import { z } from 'zod/mini';
import { NOTEBOOK_MAX_THERAPISTS, NOTEBOOK_VERSION } from './notebook-basics.ts';

// The notebook of free calls: what a person heard from each therapist they spoke to, kept
// beside the answers (never inside them, so it never travels in a partner code or to a
// therapist). Structure and limits live here; the words live in content/notebook.ts.

// The empty notebook and adding or removing an entry live apart, free of zod, so the store that
// opens with the app does not wait for the schemas.
export {
  emptyNotebook,
  NOTEBOOK_MAX_THERAPISTS,
  NOTEBOOK_VERSION,
  withoutTherapist,
  withTherapist,
} from './notebook-basics.ts';
export const NOTEBOOK_MAX_QUESTIONS = 12;
export const NAME_MAX = 80;
export const SHORT_NOTE_MAX = 200;
export const LONG_NOTE_MAX = 1000;

/** Warning signs from DOMAIN.md, "After the free calls": any one is a reason to keep looking. */
export const warningSignIds = [
  'touch-or-sex',
  'quick-cure',
  'change-identity',
  'shaming',
  'no-licence',
  'no-answers',
] as const;
export type WarningSignId = (typeof warningSignIds)[number];

export const foundViaValues = [
  'directory',
  'referral',
  'someone-i-know',
  'search',
  'other',
] as const;
export const offersValues = ['in-person', 'video', 'both', 'not-sure'] as const;
export const coverValues = ['insurance', 'sliding-scale'] as const;
export const saidValues = ['yes', 'no', 'not-sure'] as const;
/** How a part of the call felt. For "judged", yes is the worrying answer. */
export const feltValues = ['yes', 'partly', 'no'] as const;
export const feltQuestionIds = ['heard', 'judged', 'clear', 'approach'] as const;
export type FeltQuestionId = (typeof feltQuestionIds)[number];
export const gutValues = ['book', 'maybe', 'not-for-me'] as const;
/** Whose impressions: one person, or each partner of a couple on one device. */
export const impressionOwners = ['self', 'a', 'b'] as const;
export type ImpressionOwner = (typeof impressionOwners)[number];

const shortNote = z.string().check(z.maxLength(SHORT_NOTE_MAX));
const longNote = z.string().check(z.maxLength(LONG_NOTE_MAX));
const isoDate = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));

/** A question from the person's plan, as they asked it, with what the therapist said. */
export const askedQuestionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** The question's words when it was asked: the plan may change later. */
  text: z.string().check(z.minLength(1), z.maxLength(300)),
  said: z.optional(z.enum(saidValues)),
  note: shortNote,
});
export type AskedQuestion = z.infer<typeof askedQuestionSchema>;

export const impressionSchema = z.object({
  /** A partner's name as it was when they wrote this, so the notes still say whose they are. */
  by: z.optional(z.string().check(z.maxLength(NAME_MAX))),
  asked: z.array(askedQuestionSchema).check(z.maxLength(NOTEBOOK_MAX_QUESTIONS)),
  heard: z.optional(z.enum(feltValues)),
  judged: z.optional(z.enum(feltValues)),
  clear: z.optional(z.enum(feltValues)),
  approach: z.optional(z.enum(feltValues)),
  gut: z.optional(z.enum(gutValues)),
  warnings: z.array(z.enum(warningSignIds)).check(z.maxLength(warningSignIds.length)),
  note: longNote,
});
export type Impression = z.infer<typeof impressionSchema>;

export const therapistNoteSchema = z.object({
  id: z.string().check(z.regex(/^t-[a-z0-9]{1,16}$/)),
  name: z.string().check(z.maxLength(NAME_MAX)),
  practice: shortNote,
  date: isoDate,
  foundVia: z.optional(z.enum(foundViaValues)),
  offers: z.optional(z.enum(offersValues)),
  fees: shortNote,
  cover: z.array(z.enum(coverValues)).check(z.maxLength(coverValues.length)),
  times: shortNote,
  licenceChecked: z.boolean(),
  impressions: z.object({
    self: z.optional(impressionSchema),
    a: z.optional(impressionSchema),
    b: z.optional(impressionSchema),
  }),
});
export type TherapistNote = z.infer<typeof therapistNoteSchema>;

export const notebookSchema = z.object({
  version: z.literal(NOTEBOOK_VERSION),
  therapists: z.array(therapistNoteSchema).check(z.maxLength(NOTEBOOK_MAX_THERAPISTS)),
});
export type Notebook = z.infer<typeof notebookSchema>;

export function emptyImpression(): Impression {
  return { asked: [], warnings: [], note: '' };
}

export function emptyTherapistNote(id: string): TherapistNote {
  return {
    id,
    name: '',
    practice: '',
    date: '',
    fees: '',
    cover: [],
    times: '',
    licenceChecked: false,
    impressions: {},
  };
}

/** A fresh id no other entry has: t-1, t-2… */
export function nextTherapistId(notebook: Notebook): string {
  const numbers = notebook.therapists.map((entry) => Number(entry.id.slice(2)) || 0);
  return `t-${Math.max(0, ...numbers) + 1}`;
}

/** Every warning sign ticked by anyone for this therapist, in the list's order. */
export function warningsOf(entry: TherapistNote): WarningSignId[] {
  const ticked = new Set(Object.values(entry.impressions).flatMap((item) => item?.warnings ?? []));
  return warningSignIds.filter((id) => ticked.has(id));
}
