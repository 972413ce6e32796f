import { create } from 'zustand';
import type { Answers, QuestionNotes } from '../questionnaire/answers.ts';
import { emptyAnswers, withCountry } from '../questionnaire/answers-basics.ts';
import type { CountryId } from '../questionnaire/ids.ts';
import type { Notebook, TherapistNote } from '../questionnaire/notebook.ts';
import {
  emptyNotebook,
  withoutTherapist,
  withTherapist,
} from '../questionnaire/notebook-basics.ts';
import { pruneAnswers } from '../questionnaire/branches.ts';
import { stepIds, type StepId } from '../questionnaire/steps.ts';
import {
  reopenStepsOf,
  serializeState,
  type LoadNotice,
  type NoticeField,
} from './persisted-state.ts';
import type { StorageBackend } from './storage-backend.ts';
import { bootStorage } from './storage-mode.ts';
import { readStoredState } from './stored-readers.ts';

export interface AnswersState {
  ageConfirmed: boolean;
  answered: StepId[];
  answers: Answers;
  /** Notes from free calls, kept the same way as the answers but never inside them. */
  notebook: Notebook;
  loadNotice: LoadNotice | null;
}

export interface AnswersActions {
  /**
   * The person confirmed they are 18 or over and said who is filling it in, and where they live
   * if they chose to (none: not said).
   */
  start(who: Answers['who'], country?: CountryId): void;
  /** Where the person lives, as changed on a results page; none means not said. */
  setCountry(country: CountryId | undefined): void;
  /** Saves one step's answers, drops answers of branches left behind, marks the step done. */
  saveStep(step: StepId, patch: Partial<Answers>): void;
  /**
   * Takes a whole answers document, as from an imported file. Pages whose answers were lost
   * on the way in are asked again, and the notice names them.
   */
  replaceAnswers(answers: Answers, dropped?: NoticeField[]): void;
  /** Keeps the person's edits to their consultation questions, beside the answers. */
  setQuestionNotes(notes: QuestionNotes): void;
  /** Adds or updates one therapist's notes; false when the notebook is full. */
  saveTherapist(entry: TherapistNote): boolean;
  removeTherapist(id: string): void;
  /** Takes a whole notebook, as from an imported file. */
  replaceNotebook(notebook: Notebook): void;
  dismissNotice(): void;
  /** Forgets everything, in memory and in storage. */
  deleteAll(): void;
}

export type AnswersStore = AnswersState & AnswersActions;

// Where the person chose to keep answers (see storage-mode.ts); this tab only by default.
let backend: StorageBackend = bootStorage().backend;

export function freshState(): AnswersState {
  return {
    ageConfirmed: false,
    answered: [],
    answers: emptyAnswers(),
    notebook: emptyNotebook(),
    loadNotice: null,
  };
}

function loadInitialState(): AnswersState {
  const { state, notice } = readStoredState(safeRead());
  if (!state) return { ...freshState(), loadNotice: notice };
  return {
    ageConfirmed: state.ageConfirmed,
    answered: state.answered,
    answers: state.answers,
    notebook: state.notebook ?? emptyNotebook(),
    loadNotice: notice,
  };
}

function safeRead(): string | null {
  try {
    return backend.read();
  } catch {
    return null;
  }
}

export const useAnswersStore = create<AnswersStore>()((set, get) => ({
  ...loadInitialState(),
  start: (who, country) => {
    const { answers } = get();
    set({ ageConfirmed: true, answers: withCountry({ ...answers, who }, country) });
  },
  setCountry: (country) => set({ answers: withCountry(get().answers, country) }),
  saveStep: (step, patch) => {
    const { answers, answered } = get();
    const next = pruneAnswers({ ...answers, ...patch });
    set({
      answers: next,
      answered: answered.includes(step)
        ? answered
        : stepIds.filter((s) => s === step || answered.includes(s)),
    });
  },
  replaceAnswers: (answers, dropped = []) => {
    set({
      ageConfirmed: true,
      answers: pruneAnswers(answers),
      answered: reopenStepsOf(dropped, [...stepIds]),
      loadNotice: dropped.length > 0 ? { kind: 'partly-restored', dropped, from: 'file' } : null,
    });
  },
  setQuestionNotes: (questionNotes) => set({ answers: { ...get().answers, questionNotes } }),
  saveTherapist: (entry) => {
    const notebook = withTherapist(get().notebook, entry);
    if (notebook) set({ notebook });
    return notebook !== null;
  },
  removeTherapist: (id) => set({ notebook: withoutTherapist(get().notebook, id) }),
  replaceNotebook: (notebook) => set({ notebook }),
  dismissNotice: () => set({ loadNotice: null }),
  deleteAll: () => {
    set(freshState());
    backend.clear();
  },
}));

function hasNotes(state: AnswersState): boolean {
  return state.notebook.therapists.length > 0;
}

function persist(state: AnswersState): void {
  // Notes from calls are kept even before (or without) the questions: some come to write them.
  if (!state.ageConfirmed && !hasNotes(state)) return;
  try {
    backend.write(
      serializeState({
        ageConfirmed: state.ageConfirmed,
        answered: state.answered,
        answers: state.answers,
        ...(hasNotes(state) ? { notebook: state.notebook } : {}),
      }),
    );
  } catch {
    // Storage full or blocked: the answers stay in memory for this visit.
  }
}

useAnswersStore.subscribe((state, previous) => {
  if (
    state.answers !== previous.answers ||
    state.answered !== previous.answered ||
    state.ageConfirmed !== previous.ageConfirmed ||
    state.notebook !== previous.notebook
  ) {
    persist(state);
  }
});

/** Swaps where answers are kept (the storage modes) and writes the current state there. */
export function setStorageBackend(next: StorageBackend): void {
  backend = next;
  persist(useAnswersStore.getState());
}

/** Reads the saved state again, as after unlocking answers kept behind a passphrase. */
export function reloadFromBackend(): void {
  useAnswersStore.setState(loadInitialState());
}
