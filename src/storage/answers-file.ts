import { ANSWERS_FORMAT, ANSWERS_VERSION, type Answers } from '../questionnaire/answers.ts';
import { fieldChecks, readFieldChecks } from '../questionnaire/field-check.ts';
import type { Notebook } from '../questionnaire/notebook.ts';
import { salvageNotebook } from '../questionnaire/notebook-salvage.ts';
import { salvageAnswers, type LostField } from '../questionnaire/salvage.ts';
import { downloadText } from './download.ts';
import type { NoticeField } from './persisted-state.ts';

// Room for the answers and a full notebook of call notes.
export const ANSWERS_FILE_MAX_BYTES = 1024 * 1024;
/** Neutral on purpose: the name shows in the downloads list of a shared computer. */
export const ANSWERS_FILE_NAME = 'consultation-prep-answers.json';

/** Why a file could not be opened at all. The words for each live in the copy. */
export const answersFileProblems = [
  'too-large',
  'empty',
  'not-json',
  'wrong-format',
  'newer-version',
  'nothing-readable',
] as const;
export type AnswersFileProblem = (typeof answersFileProblems)[number];

export type AnswersFileResult =
  | {
      ok: true;
      answers: Answers;
      dropped: NoticeField[];
      /** The file's call notes; absent when it has none (files from before the notebook). */
      notebook?: Notebook;
    }
  | { ok: false; problem: AnswersFileProblem };

/**
 * The answers document, with a check value per answer so later damage is noticed and named.
 * Notes from calls ride beside the answers as their own versioned part, only when there are some.
 */
export function answersToJson(answers: Answers, notebook?: Notebook): string {
  const file = {
    ...answers,
    checks: fieldChecks(answers, ['format', 'version']),
    ...(notebook && notebook.therapists.length > 0 ? { notebook } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an answers file. Never throws. A file that is ours is read field by field, like saved
 * state: what is still good is kept, and every answer that is not exactly as saved is named.
 */
export function parseAnswersFile(text: string): AnswersFileResult {
  if (text.length > ANSWERS_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(data) || data.format !== ANSWERS_FORMAT) {
    return { ok: false, problem: 'wrong-format' };
  }
  // Version 1 is the only one so far: a missing or unreadable version is read as it.
  const { version } = data;
  if (typeof version === 'number' && version > ANSWERS_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  if (typeof version === 'number' && version !== ANSWERS_VERSION) {
    return { ok: false, problem: 'wrong-format' };
  }
  const { notebook: notebookPart, ...answersPart } = data;
  const { answers, dropped } = salvageAnswers(answersPart, readFieldChecks(data.checks));
  const keptSomething = Object.keys(answersPart).some(
    (key) =>
      key in answers &&
      key !== 'format' &&
      key !== 'version' &&
      !dropped.includes(key as LostField),
  );
  if (dropped.includes('all') || !keptSomething) return { ok: false, problem: 'nothing-readable' };
  const notes = salvageNotebook(notebookPart);
  const lost: NoticeField[] = notes.damaged ? [...dropped, 'notebook'] : dropped;
  return {
    ok: true,
    answers,
    dropped: lost,
    ...(notebookPart !== undefined ? { notebook: notes.notebook } : {}),
  };
}

export function downloadAnswersFile(answers: Answers, notebook?: Notebook): void {
  downloadText(answersToJson(answers, notebook), ANSWERS_FILE_NAME, 'application/json');
}
