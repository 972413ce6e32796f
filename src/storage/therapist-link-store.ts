import { create } from 'zustand';
import { checkValue, fieldChecks, readFieldChecks } from '../questionnaire/field-check.ts';
import {
  answerCap,
  therapistLinkSchema,
  type CustomAnswers,
  type TherapistLink,
} from '../questionnaire/therapist-link.ts';
import { memoryBackend, type StorageBackend } from './storage-backend.ts';
import { useStorageSettings } from './storage-settings-store.ts';
import { reportLinkLosses, type LinkLoss } from './session-notices.ts';
import { registerWipe } from './wipe-registry.ts';

// The client's active therapist link (the therapist's details, not secret) and the client's
// answers to its questions (private: kept under a separate key, and wiped with the answers by
// the quick exit and "delete everything"). It follows the storage choice: nothing is written in
// "don't save" mode. In "save on this device" mode it still stays in this tab only, so no
// therapist's name lingers on a shared device after the tab closes.

export const LINK_STATE_KEY = 'consult-prep.link';
const LINK_STATE_FORMAT = 'consult-prep.link-state';

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

/** Whether a saved answer still fits the question at its place in the link. */
function fitsQuestion(link: TherapistLink, key: string, value: unknown): boolean {
  const question = link.questions[Number(key)];
  if (!question || typeof value !== 'string' || value.length > answerCap(question)) return false;
  if (question.kind === 'yes-no') return value === '' || value === 'yes' || value === 'no';
  if (question.kind === 'choice') return value === '' || question.options.includes(value);
  return true;
}

/**
 * Reads the saved link state back part by part. A damaged link cannot be trusted and is set
 * aside (the person can open it again); a damaged answer costs only that answer. Each loss is
 * named in the notice.
 */
export function readLinkState(raw: string | null): {
  state: TherapistLinkState;
  losses: LinkLoss[];
} {
  if (!raw) return { state: empty(), losses: [] };
  let data: unknown;
  try {
    data = raw.length > 100_000 ? undefined : JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isRecord(data) || data.format !== LINK_STATE_FORMAT || data.version !== 1) {
    return { state: empty(), losses: [{ part: 'link' }] };
  }
  const link = therapistLinkSchema.safeParse(data.link);
  if (!link.success) return { state: empty(), losses: [{ part: 'link' }] };

  const losses: LinkLoss[] = [];
  const checks = readFieldChecks(data.checks);
  const answerChecks = readFieldChecks(data.answerChecks);
  if (checks !== null && checks.link !== undefined && checks.link !== checkValue(data.link)) {
    losses.push({ part: 'link' });
    return { state: empty(), losses };
  }
  const saved = isRecord(data.customAnswers) ? data.customAnswers : {};
  const customAnswers: CustomAnswers = {};
  const keys = new Set([...Object.keys(saved), ...Object.keys(answerChecks ?? {})]);
  for (const key of [...keys].sort()) {
    const value = saved[key];
    const intact = answerChecks === null || answerChecks[key] === checkValue(value);
    if (fitsQuestion(link.data, key, value)) customAnswers[key] = value as string;
    if (fitsQuestion(link.data, key, value) && intact) continue;
    losses.push(
      link.data.questions[Number(key)] && /^\d$/.test(key)
        ? { part: 'answer', question: Number(key) + 1 }
        : { part: 'unknown' },
    );
  }
  if (!isRecord(data.customAnswers) && data.customAnswers !== undefined) {
    losses.push({ part: 'unknown' });
  }
  const questionsDone = data.questionsDone === true;
  if (typeof data.questionsDone !== 'boolean' || losses.some((loss) => loss.part === 'answer')) {
    // Step 7 is asked again, so the person sees what is missing.
    if (typeof data.questionsDone !== 'boolean') losses.push({ part: 'questionsDone' });
    return { state: { link: link.data, customAnswers, questionsDone: false }, losses };
  }
  return { state: { link: link.data, customAnswers, questionsDone }, losses };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function load(): TherapistLinkState {
  let raw: string | null = null;
  try {
    raw = backend.read();
  } catch {
    // Storage blocked: nothing to read back.
  }
  const { state, losses } = readLinkState(raw);
  reportLinkLosses(losses, state.link?.name ?? null);
  return state;
}

/** The link state as saved, with check values so later damage is noticed and named. */
export function serializeLinkState(state: TherapistLinkState & { link: TherapistLink }): string {
  const { link, customAnswers, questionsDone } = state;
  return JSON.stringify({
    format: LINK_STATE_FORMAT,
    version: 1,
    link,
    customAnswers,
    questionsDone,
    checks: { link: checkValue(link) },
    answerChecks: fieldChecks(customAnswers),
  });
}

function persist(state: TherapistLinkState): void {
  try {
    if (!state.link) {
      backend.clear();
      return;
    }
    backend.write(serializeLinkState({ ...state, link: state.link }));
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
