import {
  answersSchema,
  ANSWERS_FORMAT,
  ANSWERS_VERSION,
  type Answers,
} from '../questionnaire/answers.ts';
import { answersFileCopy } from '../content/en/answers-file.ts';
import { downloadText } from './download.ts';

export const ANSWERS_FILE_MAX_BYTES = 512 * 1024;

export type AnswersFileProblem = keyof typeof answersFileCopy.problems;

export type AnswersFileResult =
  { ok: true; answers: Answers } | { ok: false; problem: AnswersFileProblem; fields?: string[] };

export function answersToJson(answers: Answers): string {
  return `${JSON.stringify(answers, null, 2)}\n`;
}

/** Reads an answers file. Never throws: a bad file gets a reason the person can act on. */
export function parseAnswersFile(text: string): AnswersFileResult {
  if (text.length > ANSWERS_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== ANSWERS_FORMAT
  ) {
    return { ok: false, problem: 'wrong-format' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > ANSWERS_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  const parsed = answersSchema.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'all')))];
    return { ok: false, problem: 'invalid', fields };
  }
  return { ok: true, answers: parsed.data };
}

export function downloadAnswersFile(answers: Answers): void {
  downloadText(answersToJson(answers), answersFileCopy.fileName, 'application/json');
}
