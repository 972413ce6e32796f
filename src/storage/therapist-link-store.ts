import { create } from 'zustand';
import { z } from 'zod/mini';
import {
  customAnswersSchema,
  therapistLinkSchema,
  type CustomAnswers,
  type TherapistLink,
} from '../questionnaire/therapist-link.ts';
import { memoryBackend, type StorageBackend } from './storage-backend.ts';
import { useStorageSettings } from './storage-settings-store.ts';
import { registerWipe } from './wipe-registry.ts';

// The client's active therapist link (the therapist's details, not secret) and the client's
// answers to its questions (private: kept under a separate key, and wiped with the answers by
// the quick exit and "delete everything"). It follows the storage choice: nothing is written in
// "don't save" mode. In "save on this device" mode it still stays in this tab only, so no
// therapist's name lingers on a shared device after the tab closes.

export const LINK_STATE_KEY = 'consult-prep.link';
const LINK_STATE_FORMAT = 'consult-prep.link-state';

const linkStateSchema = z.object({
  format: z.literal(LINK_STATE_FORMAT),
  version: z.literal(1),
  link: therapistLinkSchema,
  customAnswers: customAnswersSchema,
  questionsDone: z.boolean(),
});

export interface TherapistLinkState {
  link: TherapistLink | null;
  customAnswers: CustomAnswers;
  /** The client has been through the questions step (every question there is optional). */
  questionsDone: boolean;
}

export interface TherapistLinkActions {
  /** Makes a link the active one. Opening a different link starts its questions afresh. */
  activate(link: TherapistLink): void;
  saveCustomAnswers(answers: CustomAnswers): void;
  clear(): void;
}

function sessionLinkBackend(): StorageBackend {
  try {
    const storage = sessionStorage;
    storage.getItem(LINK_STATE_KEY);
    return {
      read: () => storage.getItem(LINK_STATE_KEY),
      write: (value) => storage.setItem(LINK_STATE_KEY, value),
      clear: () => storage.removeItem(LINK_STATE_KEY),
    };
  } catch {
    return memoryBackend();
  }
}

type Mode = ReturnType<typeof useStorageSettings.getState>['status']['mode'];
const backendFor = (mode: Mode) => (mode === 'none' ? memoryBackend() : sessionLinkBackend());
let backend: StorageBackend = backendFor(useStorageSettings.getState().status.mode);

const empty = (): TherapistLinkState => ({ link: null, customAnswers: {}, questionsDone: false });

function load(): TherapistLinkState {
  try {
    const raw = backend.read();
    if (!raw || raw.length > 100_000) return empty();
    const parsed = linkStateSchema.safeParse(JSON.parse(raw));
    // A damaged link state is dropped: the journey works without it.
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

function persist(state: TherapistLinkState): void {
  try {
    if (!state.link) {
      backend.clear();
      return;
    }
    const { link, customAnswers, questionsDone } = state;
    backend.write(
      JSON.stringify({ format: LINK_STATE_FORMAT, version: 1, link, customAnswers, questionsDone }),
    );
  } catch {
    // Storage full or blocked: the link stays in memory for this visit.
  }
}

const sameLink = (a: TherapistLink | null, b: TherapistLink) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

export const useTherapistLinkStore = create<TherapistLinkState & TherapistLinkActions>()(
  (set, get) => ({
    ...load(),
    activate: (link) => {
      if (sameLink(get().link, link)) return;
      set({ link, customAnswers: {}, questionsDone: false });
    },
    saveCustomAnswers: (customAnswers) => set({ customAnswers, questionsDone: true }),
    clear: () => set(empty()),
  }),
);

useTherapistLinkStore.subscribe((state) => persist(state));
registerWipe(() => useTherapistLinkStore.getState().clear());
useStorageSettings.subscribe((settings, previous) => {
  if (settings.status.mode === previous.status.mode) return;
  const old = backend;
  backend = backendFor(settings.status.mode);
  if (old !== backend) safeClear(old);
  persist(useTherapistLinkStore.getState());
});

function safeClear(target: StorageBackend): void {
  try {
    target.clear();
  } catch {
    // Storage blocked: nothing was written there.
  }
}

/** True when the journey has the extra step for the therapist's questions. */
export const hasLinkQuestions = (state: TherapistLinkState): boolean =>
  (state.link?.questions.length ?? 0) > 0;

/** Forgets the link and the answers to its questions, in memory and in storage. */
export function clearTherapistLink(): void {
  useTherapistLinkStore.getState().clear();
  safeClear(backend);
}

/** Follows the answers' storage mode (the privacy settings swap it). */
export function setLinkStorageBackend(next: StorageBackend): void {
  backend = next;
  persist(useTherapistLinkStore.getState());
}
