import { entryCopy } from '../../content/notebook.ts';
import {
  emptyImpression,
  LONG_NOTE_MAX,
  NAME_MAX,
  NOTEBOOK_MAX_QUESTIONS,
  SHORT_NOTE_MAX,
  type AskedQuestion,
  type Impression,
  type ImpressionOwner,
  type TherapistNote,
} from '../../questionnaire/notebook.ts';
import type { FieldError } from '../../components/ui/error-summary.tsx';

/** A question from the person's plan, offered for each call. */
export interface PlanQuestion {
  id: string;
  text: string;
}

/**
 * The questions for one person's notes on a call: the plan's questions first, then any asked
 * earlier that the plan no longer holds (their answers are kept).
 */
export function questionsFor(
  impression: Impression | undefined,
  plan: readonly PlanQuestion[],
): AskedQuestion[] {
  const earlier = new Map((impression?.asked ?? []).map((item) => [item.id, item]));
  const fromPlan = plan.map((question): AskedQuestion => ({
    id: question.id,
    text: earlier.get(question.id)?.text ?? question.text,
    ...(earlier.get(question.id)?.said ? { said: earlier.get(question.id)!.said } : {}),
    note: earlier.get(question.id)?.note ?? '',
  }));
  const planIds = new Set(plan.map((question) => question.id));
  const kept = (impression?.asked ?? []).filter((item) => !planIds.has(item.id));
  return [...fromPlan, ...kept].slice(0, NOTEBOOK_MAX_QUESTIONS);
}

/** An impression ready to edit: every question present, in order. */
export function impressionDraft(
  impression: Impression | undefined,
  plan: readonly PlanQuestion[],
): Impression {
  return { ...emptyImpression(), ...impression, asked: questionsFor(impression, plan) };
}

/** What is kept of an impression: questions with nothing noted are left out. */
export function keptImpression(impression: Impression): Impression | undefined {
  const asked = impression.asked.filter((item) => item.said || item.note.trim() !== '');
  const kept = { ...impression, asked };
  const empty =
    asked.length === 0 &&
    !kept.heard &&
    !kept.judged &&
    !kept.clear &&
    !kept.approach &&
    !kept.gut &&
    kept.warnings.length === 0 &&
    kept.note.trim() === '';
  return empty ? undefined : kept;
}

/** The entry as stored: empty impressions dropped. */
export function keptEntry(entry: TherapistNote): TherapistNote {
  const impressions: TherapistNote['impressions'] = {};
  for (const [owner, impression] of Object.entries(entry.impressions)) {
    const kept = impression ? keptImpression(impression) : undefined;
    if (kept) impressions[owner as ImpressionOwner] = kept;
  }
  return { ...entry, impressions };
}

/** Whether anything at all has been noted: an untouched new entry is not saved. */
export function hasContent(entry: TherapistNote): boolean {
  const kept = keptEntry(entry);
  return (
    [kept.name, kept.practice, kept.date, kept.fees, kept.times].some((text) => text.trim()) ||
    kept.foundVia !== undefined ||
    kept.offers !== undefined ||
    kept.cover.length > 0 ||
    kept.licenceChecked ||
    Object.keys(kept.impressions).length > 0
  );
}

/** The field ids the form gives each input, so the error summary can link to them. */
export const fieldIds = {
  name: 'note-name',
  practice: 'note-practice',
  date: 'note-date',
  fees: 'note-fees',
  times: 'note-times',
  impressionNote: (owner: ImpressionOwner) => `note-${owner}-note`,
  questionNote: (owner: ImpressionOwner, n: number) => `note-${owner}-q${n}-note`,
};

function tooLong(id: string, label: string, text: string, max: number): FieldError[] {
  // The label without its "(optional)": the message reads as a sentence.
  const name = label.replace(/\s*\([^)]*\)$/, '');
  return text.length > max
    ? [{ fieldId: id, message: entryCopy.tooLong(name, max, text.length) }]
    : [];
}

/** Every problem with the draft, in page order. An empty list means it can be saved. */
export function entryProblems(entry: TherapistNote): FieldError[] {
  const about = entryCopy.about;
  const offer = entryCopy.offer;
  const problems: FieldError[] = [
    ...tooLong(fieldIds.name, about.name, entry.name, NAME_MAX),
    ...tooLong(fieldIds.practice, about.practice, entry.practice, SHORT_NOTE_MAX),
  ];
  if (entry.date !== '' && !isRealDate(entry.date)) {
    problems.push({ fieldId: fieldIds.date, message: entryCopy.badDate });
  }
  problems.push(
    ...tooLong(fieldIds.fees, offer.fees, entry.fees, SHORT_NOTE_MAX),
    ...tooLong(fieldIds.times, offer.times, entry.times, SHORT_NOTE_MAX),
  );
  for (const [owner, impression] of Object.entries(entry.impressions) as [
    ImpressionOwner,
    Impression | undefined,
  ][]) {
    if (!impression) continue;
    impression.asked.forEach((asked, n) => {
      problems.push(
        ...tooLong(
          fieldIds.questionNote(owner, n),
          entryCopy.questions.note,
          asked.note,
          SHORT_NOTE_MAX,
        ),
      );
    });
    problems.push(
      ...tooLong(fieldIds.impressionNote(owner), entryCopy.note, impression.note, LONG_NOTE_MAX),
    );
  }
  return problems;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
