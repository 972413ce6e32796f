import { fieldChecks } from '../questionnaire/field-check.ts';
import type { AnswerField, LostField } from '../questionnaire/salvage.ts';
import type { StepId } from '../questionnaire/steps.ts';
import type { PersistedState } from './stored-state-reader.ts';

// The saved state's format, how it is written, and which pages a loss reopens. Reading it back
// takes zod and lives in stored-state-reader.ts, which loads only when something is stored.

export const STATE_FORMAT = 'consult-prep.state';
export const STATE_VERSION = 1;
// A saved state larger than this is not from us: refuse to parse it. A full notebook of call
// notes fits well within it.
export const STATE_MAX_CHARS = 400_000;

export type { PersistedState } from './stored-state-reader.ts';

/** What a notice names: an answer, progress, or the age answer. */
export type NoticeField = LostField | 'answered' | 'ageConfirmed' | 'notebook';

export type LoadNotice =
  | { kind: 'unreadable' }
  | { kind: 'newer-version' }
  | { kind: 'partly-restored'; dropped: NoticeField[]; from?: 'file' };

export interface LoadResult {
  state: PersistedState | null;
  notice: LoadNotice | null;
}

/** Saved state carries a check value per answer, so later damage is noticed and named. */
export function serializeState(state: Omit<PersistedState, 'format' | 'version'>): string {
  return JSON.stringify({
    format: STATE_FORMAT,
    version: STATE_VERSION,
    ...state,
    checks: fieldChecks(state.answers, ['format', 'version']),
  });
}

// Which page asks each answer: a page whose answers were lost is asked again.
const fieldStep: Record<AnswerField, StepId | null> = {
  who: null,
  concerns: 'concerns',
  concernsNotSure: 'concerns',
  concernsPreferNotToSay: 'concerns',
  otherConcern: 'concerns',
  primaryConcern: 'details',
  concernDetails: 'details',
  relationship: 'relationship',
  relationshipLength: 'relationship',
  partnerTakingPart: 'relationship',
  feelsUnsafe: 'relationship',
  health: 'health',
  healthSkipped: 'health',
  healthPreferNotToSay: 'health',
  goals: 'goals',
  betterLooksLike: 'goals',
  therapistShouldKnow: 'goals',
  affirming: 'preferences',
  sessionFormat: 'preferences',
  therapistGender: 'preferences',
  budget: 'preferences',
  location: 'preferences',
  language: 'preferences',
  questionNotes: null,
  // Asked on the start page and on every results page, never on a step.
  country: null,
};

/** The steps still counted as done once the answers in `dropped` are set aside. */
export function reopenStepsOf(dropped: readonly NoticeField[], answered: StepId[]): StepId[] {
  if (dropped.includes('all')) return [];
  // A key we cannot place keeps progress: the notice asks the person to look over the answers.
  const lost = new Set(dropped.map((field) => fieldStep[field as AnswerField]));
  return answered.filter((step) => !lost.has(step));
}
