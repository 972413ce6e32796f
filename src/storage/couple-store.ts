import { create } from 'zustand';
import { z } from 'zod/mini';
import {
  answersSchema,
  emptyAnswers,
  relationshipSchema,
  withCountry,
} from '../questionnaire/answers.ts';
import { BOTH_ITEMS_MAX, bothItemsSchema } from '../questionnaire/both-items.ts';
import { relationshipLengthValues, type CountryId } from '../questionnaire/ids.ts';
import { newCodeId, PARTNER_NAME_MAX } from '../questionnaire/partner-code.ts';
import {
  emptyMarks,
  privacyMarksSchema,
  shareableAnswers,
  shareableAnswersSchema,
} from '../questionnaire/privacy-marks.ts';
import { customAnswersSchema } from '../questionnaire/therapist-link.ts';
import { useAnswersStore } from './answers-store.ts';
import { coupleChecks, salvageCouple } from './couple-salvage.ts';
import { reportCoupleLosses, type CoupleLoss } from './session-notices.ts';
import { memoryBackend, type StorageBackend } from './storage-backend.ts';
import { bootStorage, type StorageStatus } from './storage-mode.ts';
import { useStorageSettings } from './storage-settings-store.ts';
import { registerWipe } from './wipe-registry.ts';

// A couple's session: names, whose turn it is, and each finished partner's answers and private
// marks. It sits beside the answers store under its own key, in this tab only: never on the
// device, whatever the storage mode, since a partner's answers should not outlive the session;
// and only in memory when the person chose not to save anything.

export const COUPLE_KEY = 'consult-prep.couple';
const COUPLE_FORMAT = 'consult-prep.couple';
const MAX_CHARS = 200_000;

const nameSchema = z.string().check(z.maxLength(PARTNER_NAME_MAX));
export const partnerKeys = ['a', 'b'] as const;
export type PartnerKey = (typeof partnerKeys)[number];

export const sharedFactsSchema = z.object({
  relationship: relationshipSchema,
  relationshipLength: z.optional(z.enum(relationshipLengthValues)),
});
export type SharedFacts = z.infer<typeof sharedFactsSchema>;

export const partnerRecordSchema = z.object({
  answers: answersSchema,
  marks: privacyMarksSchema,
  /** Their answers to a therapist's own questions, when a therapist's link is open. */
  linkAnswers: z.optional(customAnswersSchema),
});
export type PartnerRecord = z.infer<typeof partnerRecordSchema>;

/** A partner record encrypted with that partner's passcode (base64url; see partner-seal.ts). */
export const sealedPartSchema = z.object({
  iterations: z.int().check(z.minimum(1), z.maximum(10_000_000)),
  salt: z.string().check(z.maxLength(64)),
  iv: z.string().check(z.maxLength(64)),
  data: z.string().check(z.maxLength(MAX_CHARS)),
});

/** A partner who set a passcode: only what the comparison needs stays readable. */
export const lockedPartnerSchema = z.object({
  shared: shareableAnswersSchema,
  sealed: sealedPartSchema,
  /** Their "only if we both" items, for the match on this device; never shown unmatched. */
  ifBoth: z.optional(bothItemsSchema),
});
export type LockedPartner = z.infer<typeof lockedPartnerSchema>;

export const storedPartnerSchema = z.union([partnerRecordSchema, lockedPartnerSchema]);
export type StoredPartner = z.infer<typeof storedPartnerSchema>;

/** A partner's offer for the match, from their code: base64url, checked again when used. */
export const storedOfferSchema = z.object({
  publicKey: z.string().check(z.maxLength(64)),
  list: z.string().check(z.maxLength(2_000)),
});
export type StoredOffer = z.infer<typeof storedOfferSchema>;

export const importedPartnerSchema = z.object({
  name: z.optional(nameSchema),
  answers: shareableAnswersSchema,
  /** Missing in codes made before "only if we both" existed: then nothing can match. */
  offer: z.optional(storedOfferSchema),
});
export type ImportedPartner = z.infer<typeof importedPartnerSchema>;

const itemKeysSchema = z
  .array(z.string().check(z.maxLength(80)))
  .check(z.maxLength(BOTH_ITEMS_MAX));

/** What the partner's reply code told this device: only items that matched. */
export const replyResultSchema = z.object({
  /** This person's "only if we both" items that the partner kept "only if we both" too. */
  matched: itemKeysSchema,
  /** The partner's "only if we both" items that this person shared openly. */
  revealed: itemKeysSchema,
  /** This person's "only if we both" items when the reply was read: a change makes it stale. */
  ownKeys: itemKeysSchema,
});
export type ReplyResult = z.infer<typeof replyResultSchema>;
export const coupleStateSchema = z.object({
  /** together: one device, in turns; apart: each on their own device, with codes. */
  mode: z.nullable(z.enum(['together', 'apart'])),
  names: z.object({ a: nameSchema, b: nameSchema }),
  facts: z.nullable(sharedFactsSchema),
  /** turn: the hand-over screen is showing; answering: `turn` is on the questions. */
  stage: z.enum(['turn', 'answering', 'compare']),
  turn: z.enum(partnerKeys),
  partners: z.object({ a: z.nullable(storedPartnerSchema), b: z.nullable(storedPartnerSchema) }),
  /** Marks of whoever's answers are in the answers store now; null until they choose. */
  draftMarks: z.nullable(privacyMarksSchema),
  /** Apart: this device's code id (spots its own code pasted back) and the partner's answers. */
  codeId: z.string(),
  ownName: nameSchema,
  partner: z.nullable(importedPartnerSchema),
  /** Apart: this device's secret for the match (base64url), made with its first code. */
  psiSecret: z.string().check(z.maxLength(64)),
  /** Apart: what the partner's reply code matched, once it has been entered. */
  reply: z.nullable(replyResultSchema),
});
export type CoupleState = z.infer<typeof coupleStateSchema>;

export interface CoupleActions {
  beginTogether(names: CoupleState['names'], facts: SharedFacts): void;
  startTurn(): void;
  setDraftMarks(marks: CoupleState['draftMarks']): void;
  /** Moves the current partner's answers in here; the caller resets the answers store. */
  finishTurn(record: StoredPartner): void;
  openComparison(): void;
  beginApart(): void;
  setOwnName(name: string): void;
  /** A new partner code: any reply read for the old one no longer applies. */
  setPartner(partner: ImportedPartner | null): void;
  setPsiSecret(secret: string): void;
  setReply(reply: ReplyResult | null): void;
  /** Where a partner with no passcode lives, changed from their own view. */
  setPartnerCountry(partner: PartnerKey, country: CountryId | undefined): void;
  clear(): void;
}

export function emptyCoupleState(): CoupleState {
  return {
    mode: null,
    names: { a: '', b: '' },
    facts: null,
    stage: 'turn',
    turn: 'a',
    partners: { a: null, b: null },
    draftMarks: null,
    codeId: newCodeId(),
    ownName: '',
    partner: null,
    psiSecret: '',
    reply: null,
  };
}

function sessionCoupleBackend(): StorageBackend {
  try {
    const storage = sessionStorage;
    storage.getItem(COUPLE_KEY);
    return {
      read: () => storage.getItem(COUPLE_KEY),
      write: (value) => storage.setItem(COUPLE_KEY, value),
      clear: () => storage.removeItem(COUPLE_KEY),
    };
  } catch {
    return memoryBackend();
  }
}

function backendFor(mode: StorageStatus['mode']): StorageBackend {
  return mode === 'none' ? memoryBackend() : sessionCoupleBackend();
}

let backend: StorageBackend = backendFor(bootStorage().status.mode);

const coupleShapes = {
  state: coupleStateSchema.shape,
  record: partnerRecordSchema.shape,
  sealed: sealedPartSchema,
  ifBoth: bothItemsSchema,
  imported: importedPartnerSchema.shape,
  shareable: shareableAnswersSchema.shape,
  shareableDefaults: shareableAnswers(emptyAnswers(), emptyMarks()),
  nameMax: PARTNER_NAME_MAX,
};

export interface CoupleReadResult {
  state: CoupleState | null;
  /** The parts that could not be kept exactly as saved, for the notice. */
  losses: CoupleLoss[];
}

/**
 * Reads the saved session. A foreign or unreadable one starts afresh; a damaged one keeps each
 * part that is still good, field by field, and names the rest.
 */
export function readCoupleState(raw: string | null): CoupleReadResult {
  const none = { state: null, losses: [] };
  if (!raw) return none;
  if (raw.length > MAX_CHARS) return { state: null, losses: [{ owner: null, field: 'all' }] };
  try {
    const data: unknown = JSON.parse(raw);
    const envelope = z.object({ format: z.literal(COUPLE_FORMAT), version: z.literal(1) });
    if (!envelope.safeParse(data).success) {
      return { state: null, losses: [{ owner: null, field: 'all' }] };
    }
    const { state, losses } = salvageCouple(data as Record<string, unknown>, coupleShapes, {
      ...emptyCoupleState(),
    });
    const parsed = coupleStateSchema.safeParse(state);
    // Nothing left that makes a session (no mode): start afresh, and say so.
    if (!parsed.success || parsed.data.mode === null) {
      return { state: null, losses: [{ owner: null, field: 'all' }] };
    }
    return { state: parsed.data, losses };
  } catch {
    return { state: null, losses: [{ owner: null, field: 'all' }] };
  }
}

/** The session as read back, or null when nothing of it could be kept. */
export function parseCoupleState(raw: string | null): CoupleState | null {
  return readCoupleState(raw).state;
}

/** The session as saved: with check values per part, so later damage is noticed and named. */
export function serializeCouple(state: CoupleState): string {
  return JSON.stringify({
    format: COUPLE_FORMAT,
    version: 1,
    ...state,
    checks: coupleChecks(state as unknown as Record<string, unknown>),
  });
}

function load(): CoupleState {
  // A couple session only lives inside a started journey: after "delete", it is gone too.
  if (!useAnswersStore.getState().ageConfirmed) {
    safely(() => backend.clear());
    return emptyCoupleState();
  }
  const { state, losses } = readCoupleState(safely(() => backend.read()));
  const loaded = state ?? emptyCoupleState();
  reportCoupleLosses(losses, loaded.names);
  return loaded;
}

function safely<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

export const useCoupleStore = create<CoupleState & CoupleActions>()((set, get) => ({
  ...load(),
  beginTogether: (names, facts) =>
    set({
      mode: 'together',
      names,
      facts,
      stage: 'turn',
      turn: 'a',
      partners: { a: null, b: null },
      draftMarks: null,
    }),
  startTurn: () => set({ stage: 'answering' }),
  setDraftMarks: (draftMarks) => set({ draftMarks }),
  finishTurn: (record) => {
    const { turn, partners } = get();
    set({
      partners: { ...partners, [turn]: record },
      draftMarks: null,
      stage: 'turn',
      turn: 'b',
    });
  },
  openComparison: () => set({ stage: 'compare' }),
  beginApart: () => set({ mode: 'apart' }),
  setOwnName: (ownName) => set({ ownName }),
  setPartner: (partner) => set({ partner, reply: null }),
  setPsiSecret: (psiSecret) => set({ psiSecret }),
  setReply: (reply) => set({ reply }),
  setPartnerCountry: (key, country) => {
    const { partners } = get();
    const record = partners[key];
    // A locked record's answers are sealed: its own view changes them only while it is open.
    if (!record || 'sealed' in record) return;
    set({
      partners: {
        ...partners,
        [key]: { ...record, answers: withCountry(record.answers, country) },
      },
    });
  },
  clear: () => {
    set(emptyCoupleState());
    safely(() => backend.clear());
  },
}));

function stateOf(store: CoupleState & CoupleActions): CoupleState {
  const { mode, names, facts, stage, turn, partners, draftMarks, codeId, ownName, partner } = store;
  const { psiSecret, reply } = store;
  return {
    ...{ mode, names, facts, stage, turn, partners, draftMarks, codeId, ownName, partner },
    ...{ psiSecret, reply },
  };
}

useCoupleStore.subscribe((state) => {
  if (state.mode === null) return;
  safely(() => backend.write(serializeCouple(stateOf(state))));
});

// "Delete my answers", the under-18 exit and the quick exit all leave the answers store
// unstarted: the couple session goes with it, in memory and in storage.
useAnswersStore.subscribe((state, previous) => {
  if (previous.ageConfirmed && !state.ageConfirmed) useCoupleStore.getState().clear();
});

// The quick exit and "delete everything" run every registered wipe.
registerWipe(() => useCoupleStore.getState().clear());

useStorageSettings.subscribe((state, previous) => {
  if (state.status.mode !== previous.status.mode) setCoupleBackend(backendFor(state.status.mode));
});

/** Swaps where the session is kept (tests, and the "don't save anything" mode). */
export function setCoupleBackend(next: StorageBackend): void {
  safely(() => backend.clear());
  backend = next;
  const state = useCoupleStore.getState();
  if (state.mode !== null) {
    safely(() => backend.write(serializeCouple(stateOf(state))));
  }
}
