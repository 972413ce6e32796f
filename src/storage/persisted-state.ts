import { z } from 'zod/mini';
import { answersSchema, type Answers } from '../questionnaire/answers.ts';
import { salvageAnswers } from '../questionnaire/salvage.ts';
import { stepIds, type StepId } from '../questionnaire/steps.ts';
import { migrateState, stateMigrations, type Migrations } from './migrations.ts';

export const STATE_FORMAT = 'consult-prep.state';
export const STATE_VERSION = 1;
// A saved state larger than this is not from us: refuse to parse it.
export const STATE_MAX_CHARS = 200_000;

export const persistedStateSchema = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  ageConfirmed: z.boolean(),
  answered: z.array(z.enum(stepIds)),
  answers: answersSchema,
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export type LoadNotice =
  | { kind: 'unreadable' }
  | { kind: 'newer-version' }
  | { kind: 'partly-restored'; dropped: string[] };

export interface LoadResult {
  state: PersistedState | null;
  notice: LoadNotice | null;
}

export function serializeState(state: Omit<PersistedState, 'format' | 'version'>): string {
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...state });
}

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
  const exact = persistedStateSchema.safeParse(data);
  if (exact.success) return { state: exact.data, notice: null };
  if (!isRecord(data) || data.format !== STATE_FORMAT) {
    return { state: null, notice: { kind: 'unreadable' } };
  }
  if (Number.isInteger(data.version) && (data.version as number) > STATE_VERSION) {
    return { state: null, notice: { kind: 'newer-version' } };
  }
  if (data.version !== STATE_VERSION) return { state: null, notice: { kind: 'unreadable' } };

  return salvageState(data);
}

/** Keeps each part of a current-version state that is still valid, and names the rest. */
function salvageState(data: Record<string, unknown>): LoadResult {
  let salvaged: ReturnType<typeof salvageAnswers>;
  try {
    salvaged = salvageAnswers(data.answers);
  } catch {
    // Salvage is careful, but a crash here would be a white screen: start fresh instead.
    return { state: null, notice: { kind: 'unreadable' } };
  }
  const { answers, dropped } = salvaged;
  const answered = Array.isArray(data.answered)
    ? stepIds.filter((step) => (data.answered as unknown[]).includes(step))
    : [];
  // Progress and the age answer are reported too: the person will be asked them again.
  if (!z.array(z.enum(stepIds)).safeParse(data.answered).success) dropped.push('answered');
  if (typeof data.ageConfirmed !== 'boolean') dropped.push('ageConfirmed');
  return {
    state: {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      ageConfirmed: data.ageConfirmed === true,
      answered: unanswerStepsOf(dropped, answered),
      answers,
    },
    notice: dropped.length > 0 ? { kind: 'partly-restored', dropped } : null,
  };
}

const fieldStep: Partial<Record<keyof Answers | 'all', StepId>> = {
  concerns: 'concerns',
  primaryConcern: 'details',
  concernDetails: 'details',
  relationship: 'relationship',
  partnerTakingPart: 'relationship',
  feelsUnsafe: 'relationship',
  health: 'health',
  goals: 'goals',
  affirming: 'preferences',
};

/** A step whose answers were lost is asked again, so nothing is silently missing. */
function unanswerStepsOf(dropped: string[], answered: StepId[]): StepId[] {
  if (dropped.includes('all')) return [];
  const lost = new Set(dropped.map((field) => fieldStep[field as keyof Answers]));
  return answered.filter((step) => !lost.has(step));
}
