import { questionCopy } from '../../content/en/questions.ts';
import { questionText } from '../../content/en/question-text.ts';
import type { QuestionNotes } from '../../questionnaire/answers.ts';
import type { QuestionItem } from '../../rules/evaluate.ts';
import type { QuestionTopicId } from '../../rules/question-ids.ts';

export const OWN_TOPIC = 'own' as const;

export interface ChecklistEntry {
  id: string;
  topic: QuestionTopicId | typeof OWN_TOPIC;
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
      why: questionCopy[item.id].why,
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
