import { z } from 'zod/mini';
import { answersSchema } from '../questionnaire/answers.ts';
import { notebookSchema } from '../questionnaire/notebook.ts';
import { salvageNotebook } from '../questionnaire/notebook-salvage.ts';
import { likelyKey, readFieldChecks } from '../questionnaire/field-check.ts';
import { salvageAnswers } from '../questionnaire/salvage.ts';
import { stepIds } from '../questionnaire/steps.ts';
import { migrateState, stateMigrations, type Migrations } from './migrations.ts';
import {
  reopenStepsOf,
  STATE_FORMAT,
  STATE_MAX_CHARS,
  STATE_VERSION,
  type LoadResult,
  type NoticeField,
} from './persisted-state.ts';

// Reads saved state back (persisted-state.ts). Loaded only when something is stored.

export const persistedStateSchema = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  ageConfirmed: z.boolean(),
  answered: z.array(z.enum(stepIds)),
  answers: answersSchema,
  /** Notes from free calls; absent in states saved before the notebook existed. */
  notebook: z.optional(notebookSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads saved state. Damage never throws: it keeps what it can and says what happened. */
export function parseStoredState(
  raw: string | null,
  migrations: Migrations = stateMigrations,
): LoadResult {
  if (raw === null || raw === '') return { state: null, notice: null };
  if (raw.length > STATE_MAX_CHARS) return { state: null, notice: { kind: 'unreadable' } };

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: null, notice: { kind: 'unreadable' } };
  }
  // An older version is brought up to date first, then read like any other saved state.
  if (
    isRecord(data) &&
    data.format === STATE_FORMAT &&
    typeof data.version === 'number' &&
    data.version < STATE_VERSION
  ) {
    data = migrateState(data, STATE_VERSION, migrations) ?? data;
  }
  if (!isRecord(data) || data.format !== STATE_FORMAT) {
    return { state: null, notice: { kind: 'unreadable' } };
  }
  if (Number.isInteger(data.version) && (data.version as number) > STATE_VERSION) {
    return { state: null, notice: { kind: 'newer-version' } };
  }
  if (data.version !== STATE_VERSION) return { state: null, notice: { kind: 'unreadable' } };

  try {
    return salvageState(data);
  } catch {
    // Salvage is careful, but a crash here would be a white screen: start fresh instead.
    return { state: null, notice: { kind: 'unreadable' } };
  }
}

const answeredSchema = persistedStateSchema.shape.answered;
const stateKeys = [
  'format',
  'version',
  'ageConfirmed',
  'answered',
  'answers',
  'checks',
  'notebook',
];

/**
 * Keeps each part of a current-version state that is still valid, and names every part that is
 * not exactly as saved. Even a state that parses whole is checked: a renamed optional answer
 * would otherwise be dropped without a word.
 */
function salvageState(data: Record<string, unknown>): LoadResult {
  const { answers, dropped: lostAnswers } = salvageAnswers(
    data.answers,
    readFieldChecks(data.checks),
  );
  const dropped: NoticeField[] = [...lostAnswers];
  const answered = Array.isArray(data.answered)
    ? stepIds.filter((step) => (data.answered as unknown[]).includes(step))
    : [];
  // Progress and the age answer are reported too: the person will be asked them again.
  if (!answeredSchema.safeParse(data.answered).success) dropped.push('answered');
  if (typeof data.ageConfirmed !== 'boolean') dropped.push('ageConfirmed');
  const { notebook, damaged } = salvageNotebook(data.notebook);
  if (damaged) dropped.push('notebook');
  for (const key of Object.keys(data)) {
    if (stateKeys.includes(key)) continue;
    const meant = likelyKey(key, stateKeys);
    // A renamed "answers" key already shows as all answers lost; the rest name themselves.
    if (meant === 'answered' || meant === 'ageConfirmed' || meant === 'notebook') {
      if (!dropped.includes(meant)) dropped.push(meant);
    } else if (meant === undefined && !dropped.includes('unknown')) {
      dropped.push('unknown');
    }
  }
  return {
    state: {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      ageConfirmed: data.ageConfirmed === true,
      answered: reopenStepsOf(dropped, answered),
      answers,
      ...(data.notebook !== undefined ? { notebook } : {}),
    },
    notice: dropped.length > 0 ? { kind: 'partly-restored', dropped } : null,
  };
}
