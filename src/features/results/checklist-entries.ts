import { questionCopyFor, questionText } from '../../content/question-text.ts';
import {
  emptyQuestionNotes,
  type Answers,
  type QuestionNotes,
} from '../../questionnaire/answers.ts';
import { shortlistWhy } from '../../content/plan.ts';
import type { CountryId } from '../../questionnaire/ids.ts';
import type { Evaluation, QuestionItem } from '../../rules/evaluate.ts';
import type { QuestionTopicId } from '../../rules/question-ids.ts';
import type { ShortlistItem } from '../../rules/shortlist.ts';

export const OWN_TOPIC = 'own' as const;
export const THERAPIST_TOPIC = 'therapist' as const;

export interface ChecklistEntry {
  id: string;
  topic: QuestionTopicId | typeof OWN_TOPIC | typeof THERAPIST_TOPIC;
  text: string;
  /** One line on why the question is worth asking; none for the person's own questions. */
  why?: string;
  ticked: boolean;
}

/** The suggested questions with the person's edits applied, then their own questions. */
export function checklistEntries(
  questions: readonly QuestionItem[],
  notes: QuestionNotes,
): ChecklistEntry[] {
  const removed = new Set(notes.removed);
  const ticked = new Set(notes.ticked);
  const suggested = questions
    .filter((item) => !removed.has(item.id))
    .map((item) => ({
      id: item.id as string,
      topic: item.topic,
      text: notes.edited[item.id] ?? questionText(item),
      why: questionCopyFor(item).why,
      ticked: ticked.has(item.id),
    }));
  const own = notes.added.map((added): ChecklistEntry => ({
    id: added.id,
    topic: OWN_TOPIC,
    text: added.text,
    ticked: ticked.has(added.id),
  }));
  return [...suggested, ...own];
}

/** The next free id for a question of the person's own: "own-1", "own-2"… */
export function nextOwnId(notes: QuestionNotes): string {
  const numbers = notes.added.map((added) => Number(added.id.replace('own-', '')) || 0);
  return `own-${Math.max(0, ...numbers) + 1}`;
}

/** Groups entries under their topic, keeping the order topics first appear in. */
export function groupByTopic(entries: readonly ChecklistEntry[]) {
  const groups = new Map<ChecklistEntry['topic'], ChecklistEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.topic) ?? [];
    list.push(entry);
    groups.set(entry.topic, list);
  }
  return [...groups.entries()].map(([topic, items]) => ({ topic, items }));
}

/** The therapist's own questions, as entries that can lead the shortlist. */
export interface PlanContext {
  therapistName?: string;
  /** Where the therapist who sent a link practises, if the link says. */
  therapistCountry?: CountryId;
  /** Entries with ids `therapist-0`…, in the link's order. */
  therapistEntries: ChecklistEntry[];
}

export const noPlanContext: PlanContext = { therapistEntries: [] };

/**
 * Splits the checklist into "Start with these" (the engine's shortlist, less what the person moved
 * out, plus what they moved in, in that order) and everything else.
 */
export function splitPlan(
  entries: readonly ChecklistEntry[],
  shortlist: readonly ShortlistItem[],
  notes: QuestionNotes,
  context: PlanContext = noPlanContext,
) {
  const removed = new Set(notes.removed);
  const therapist = context.therapistEntries
    .filter((entry) => !removed.has(entry.id))
    .map((entry) => ({
      ...entry,
      text: notes.edited[entry.id] ?? entry.text,
      ticked: notes.ticked.includes(entry.id),
    }));
  const all = new Map([...therapist, ...entries].map((entry) => [entry.id, entry]));
  const out = new Set(notes.shortlistRemoved ?? []);
  const startIds = [
    ...shortlist.map((item) => item.id as string).filter((id) => !out.has(id)),
    ...(notes.shortlistAdded ?? []),
  ];
  const reasonOf = new Map(shortlist.map((item) => [item.id as string, item.reasons[0]?.ruleId]));
  const start: ChecklistEntry[] = [];
  for (const id of new Set(startIds)) {
    const entry = all.get(id);
    if (!entry) continue;
    const rule = reasonOf.get(id);
    const why =
      rule === 'therapist-question' || !rule
        ? entry.why
        : shortlistWhy[rule.startsWith('main-topic') ? 'main-topic' : rule];
    start.push({ ...entry, why });
  }
  const chosen = new Set(start.map((entry) => entry.id));
  const more = entries.filter((entry) => !chosen.has(entry.id));
  return { start, more };
}

/** The page's and the printed summary's one plan: the person's notes over the engine's questions. */
export function planFor(answers: Answers, evaluation: Evaluation, context: PlanContext) {
  const notes = answers.questionNotes ?? emptyQuestionNotes();
  const plan = splitPlan(
    checklistEntries(evaluation.questions, notes),
    evaluation.shortlist,
    notes,
    context,
  );
  return { notes, ...plan };
}
