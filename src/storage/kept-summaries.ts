import { z } from 'zod/mini';
import { KEPT_SUMMARIES_KEY } from './kept-summaries-key.ts';
import { usableStorage } from './storage-backend.ts';

// Summaries a therapist chose to keep in this browser. What is kept is the sealed envelope as
// the client sent it, never the opened text: it stays locked with the therapist's key at rest,
// and opening it again needs that key. One localStorage key holds them all; its prefix means
// "delete everything" removes it, and the quick exit removes it by name (delete-everything.ts).
//
// Storage knows nothing of envelopes: the therapist feature passes in the check that reads one
// and the part that makes two the same (its ciphertext). Anything read back that fails a check
// is set aside as it was, shown as damaged, and written back untouched until deleted: nothing
// kept is lost because a neighbour was damaged.

export { KEPT_SUMMARIES_KEY };
const KEPT_FORMAT = 'consult-prep.kept-summaries';
const KEPT_VERSION = 1;
/** Most summaries kept at once. */
export const KEPT_MAX_COUNT = 200;
/** Most characters all of them may take, leaving room in the browser's ~5 MB for the rest. */
export const KEPT_MAX_CHARS = 2_000_000;

/** Reads a sealed envelope, or null when the value is not one. */
export interface EnvelopeCodec<T> {
  check(value: unknown): T | null;
  /** Two envelopes with the same identity are the same summary (the ciphertext). */
  identity(envelope: T): string;
}

export interface KeptSummary<T> {
  id: string;
  /** Shown as "Summary 3" when the summary names no client. Never reused while kept. */
  number: number;
  /** The day it was kept, as YYYY-MM-DD in the therapist's own time zone. */
  received: string;
  sealed: T;
}

export type KeptItem<T> =
  | { kind: 'kept'; key: string; entry: KeptSummary<T> }
  | { kind: 'damaged'; key: string; raw: unknown };

export interface KeptList<T> {
  /**
   * `newer`: kept by a newer version of this app. Nothing is listed, and nothing is written
   * over it; only "delete all" touches it.
   */
  status: 'ok' | 'newer';
  /** In the order they were kept, damaged ones where they were. */
  items: KeptItem<T>[];
}

export type KeepResult =
  | { ok: true; entry: { id: string; number: number } }
  | {
      ok: false;
      /** `not-saved`: the browser refused to write it (often its own space limit). */
      reason: 'already-kept' | 'full' | 'too-big' | 'newer' | 'unavailable' | 'not-saved';
    };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[0-9a-f]{16}$/;
const entryFrame = z.object({
  id: z.string().check(z.regex(idPattern)),
  number: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  received: z.string().check(z.regex(datePattern)),
  sealed: z.unknown(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const damagedKey = (index: number) => `damaged-${index}`;

/** Reads what is stored. Never throws; whatever cannot be read comes back as damaged. */
export function readKeptSummaries<T>(raw: unknown, codec: EnvelopeCodec<T>): KeptList<T> {
  if (raw === null || raw === undefined) return { status: 'ok', items: [] };
  // The whole text, when it is not our document, is one damaged item: kept, and deletable.
  const whole: KeptList<T> = {
    status: 'ok',
    items: [{ kind: 'damaged', key: damagedKey(0), raw }],
  };
  if (typeof raw !== 'string') return whole;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return whole;
  }
  if (!isRecord(data) || data.format !== KEPT_FORMAT) return whole;
  if (typeof data.version === 'number' && data.version > KEPT_VERSION) {
    return { status: 'newer', items: [] };
  }
  if (data.version !== KEPT_VERSION || !Array.isArray(data.summaries)) return whole;

  const ids = new Set<string>();
  const identities = new Set<string>();
  const items = data.summaries.map((value: unknown, index): KeptItem<T> => {
    const entry = readEntry(value, codec);
    const identity = entry && safeIdentity(entry.sealed, codec);
    // A second copy of one summary, or of one id, is set aside like damage: kept, not trusted.
    if (!entry || identity === null || ids.has(entry.id) || identities.has(identity)) {
      return { kind: 'damaged', key: damagedKey(index), raw: value };
    }
    ids.add(entry.id);
    identities.add(identity);
    return { kind: 'kept', key: entry.id, entry };
  });
  return { status: 'ok', items };
}

function readEntry<T>(value: unknown, codec: EnvelopeCodec<T>): KeptSummary<T> | null {
  const frame = entryFrame.safeParse(value);
  if (!frame.success) return null;
  const sealed = checkSealed(frame.data.sealed, codec);
  if (sealed === null) return null;
  const { id, number, received } = frame.data;
  return { id, number, received, sealed };
}

function checkSealed<T>(value: unknown, codec: EnvelopeCodec<T>): T | null {
  try {
    return codec.check(value);
  } catch {
    return null;
  }
}

function safeIdentity<T>(envelope: T, codec: EnvelopeCodec<T>): string | null {
  try {
    return codec.identity(envelope);
  } catch {
    return null;
  }
}

/** The document as stored. Damaged items go back exactly as they were read. */
export function serializeKeptSummaries<T>(items: readonly KeptItem<T>[]): string {
  return JSON.stringify({
    format: KEPT_FORMAT,
    version: KEPT_VERSION,
    summaries: items.map((item) => (item.kind === 'kept' ? item.entry : item.raw)),
  });
}

/** Today in the therapist's own time zone, as YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function newId(taken: ReadonlySet<string>): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    if (!taken.has(id)) return id;
  }
}

export interface KeptSummaries<T> {
  /** What is kept now. Storage that is blocked reads as nothing kept. */
  list(): KeptList<T>;
  /** Keeps one more summary, unless it is kept already or there is no room. */
  keep(sealed: T, received?: string): KeepResult;
  /** Deletes one item (kept or damaged) by its key. False when it was not there. */
  remove(key: string): boolean;
  /** Deletes every kept summary, damaged or from a newer version too. */
  removeAll(): void;
}

/** The kept summaries in this browser's localStorage (or the storage given, for tests). */
export function keptSummariesStore<T>(
  codec: EnvelopeCodec<T>,
  storage: () => Storage | null = () => usableStorage('local'),
): KeptSummaries<T> {
  const readRaw = (target: Storage): string | null => {
    try {
      return target.getItem(KEPT_SUMMARIES_KEY);
    } catch {
      return null;
    }
  };
  const write = (target: Storage, items: readonly KeptItem<T>[]): boolean => {
    try {
      if (items.length === 0) target.removeItem(KEPT_SUMMARIES_KEY);
      else target.setItem(KEPT_SUMMARIES_KEY, serializeKeptSummaries(items));
      return true;
    } catch {
      return false;
    }
  };

  return {
    list() {
      const target = storage();
      return target ? readKeptSummaries(readRaw(target), codec) : { status: 'ok', items: [] };
    },

    keep(sealed, received = localDate()) {
      const target = storage();
      if (!target) return { ok: false, reason: 'unavailable' };
      const current = readKeptSummaries(readRaw(target), codec);
      if (current.status === 'newer') return { ok: false, reason: 'newer' };
      const checked = checkSealed(sealed, codec);
      const identity = checked === null ? null : safeIdentity(checked, codec);
      if (checked === null || identity === null) return { ok: false, reason: 'not-saved' };
      const kept = current.items.flatMap((item) => (item.kind === 'kept' ? [item.entry] : []));
      if (kept.some((entry) => safeIdentity(entry.sealed, codec) === identity)) {
        return { ok: false, reason: 'already-kept' };
      }
      if (current.items.length >= KEPT_MAX_COUNT) return { ok: false, reason: 'full' };
      const entry: KeptSummary<T> = {
        id: newId(new Set(kept.map((k) => k.id))),
        number: Math.min(1_000_000, Math.max(0, ...kept.map((k) => k.number)) + 1),
        received: datePattern.test(received) ? received : localDate(),
        sealed: checked,
      };
      const items = [...current.items, { kind: 'kept' as const, key: entry.id, entry }];
      if (serializeKeptSummaries(items).length > KEPT_MAX_CHARS) {
        return { ok: false, reason: 'too-big' };
      }
      // The browser's own limit can be lower than ours, or storage can refuse: say so.
      if (!write(target, items)) return { ok: false, reason: 'not-saved' };
      return { ok: true, entry: { id: entry.id, number: entry.number } };
    },

    remove(key) {
      const target = storage();
      if (!target) return false;
      const current = readKeptSummaries(readRaw(target), codec);
      if (current.status === 'newer') return false;
      const items = current.items.filter((item) => item.key !== key);
      if (items.length === current.items.length) return false;
      // Damaged items are keyed by where they sat; the rest keep their places when written.
      return write(target, items);
    },

    removeAll() {
      try {
        storage()?.removeItem(KEPT_SUMMARIES_KEY);
      } catch {
        // Storage blocked: nothing was kept there.
      }
    },
  };
}
