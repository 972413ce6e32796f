import { z } from 'zod/mini';
import {
  generateRecipientKeys,
  keyIdOf,
  type PublicKeyJwk,
  type RecipientKeys,
} from '../lib/hybrid-crypto.ts';
import {
  unwrapPrivateKey,
  WRAP_MAX_DATA_CHARS,
  WRAP_MAX_ITERATIONS,
  wrapPrivateKey,
  type WrappedKey,
} from '../lib/key-wrap.ts';
import { PBKDF2_ITERATIONS } from '../lib/passphrase-crypto.ts';
import { publicKeyJwkSchema } from '../questionnaire/therapist-link.ts';
import { registerWipe } from './wipe-registry.ts';

// The therapist's key pairs, kept in this browser's IndexedDB. Every key ever made is kept,
// newest last, so a summary sealed for an older link still opens; new links use the newest.
// Deleting this browser's data deletes the keys: hence the backup key file.
//
// A key is kept plain (the CryptoKey object, stored as it is) or locked: its private part
// sealed with a passphrase the therapist chose (lib/key-wrap.ts), and no CryptoKey at all.
// The public key and id stay readable either way, so links can still be made. A locked key
// is unlocked into this module's memory for this tab only, and never written back in clear.

interface KeyInfo {
  kid: string;
  /** ISO date and time the key was made. */
  created: string;
  publicJwk: PublicKeyJwk;
}

export interface PlainStoredKey extends KeyInfo, RecipientKeys {
  locked?: undefined;
}

export interface LockedStoredKey extends KeyInfo {
  locked: WrappedKey;
  privateKey?: undefined;
}

export type StoredKey = PlainStoredKey | LockedStoredKey;

/** A key that can open summaries right now: kept plain, or unlocked in this tab. */
export interface UsableKey extends KeyInfo, RecipientKeys {}

/** A record that could not be read. It is left where it is; `kid` when it could be read. */
export interface DamagedKey {
  kid: string | null;
}

export interface KeyList {
  /** Oldest first: the last one is the newest, which new links use. */
  keys: StoredKey[];
  damaged: DamagedKey[];
}

/** Where keys live. IndexedDB in the browser; tests plug in memory. */
export interface KeyVault {
  /** The records as stored: checked by the caller, never trusted. */
  list(): Promise<unknown[]>;
  put(key: StoredKey): Promise<void>;
  clear(): Promise<void>;
}

export const KEY_DB_NAME = 'consult-prep.therapist';
const STORE = 'keys';

const b64 = (min: number, max: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]*$/), z.minLength(min), z.maxLength(max));
const kidSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/));

/** A wrapped private key, as a record or a backup file holds it. */
export const wrappedKeySchema = z.object({
  iterations: z.int().check(z.minimum(1), z.maximum(WRAP_MAX_ITERATIONS)),
  salt: b64(22, 22),
  iv: b64(16, 16),
  data: b64(22, WRAP_MAX_DATA_CHARS),
});

const isPrivateEcdhKey = (value: unknown): value is CryptoKey =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  value.type === 'private' &&
  'algorithm' in value &&
  typeof value.algorithm === 'object' &&
  value.algorithm !== null &&
  'name' in value.algorithm &&
  value.algorithm.name === 'ECDH';

const keyInfoShape = {
  kid: kidSchema,
  created: z.string().check(z.minLength(1), z.maxLength(40)),
  publicJwk: publicKeyJwkSchema,
};
const storedKeySchema = z.union([
  z.object({ ...keyInfoShape, locked: wrappedKeySchema }),
  z.object({ ...keyInfoShape, privateKey: z.custom<CryptoKey>(isPrivateEcdhKey) }),
]);

/** The id and lock of a stored record: one context per key, so a lock cannot be moved. */
const lockContext = (kid: string) => `${KEY_DB_NAME}/locked-key/1/${kid}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(KEY_DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) {
      req.result.createObjectStore(STORE, { keyPath: 'kid' });
    }
  };
  return request(req);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await request(run(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

export function indexedDbVault(): KeyVault {
  return {
    list: async () => (await withStore('readonly', (store) => store.getAll())) as unknown[],
    put: async (key) => {
      await withStore('readwrite', (store) => store.put(key));
    },
    clear: async () => {
      await withStore('readwrite', (store) => store.clear());
    },
  };
}

/** Keys in memory. `records` seeds it as if read from storage (tests use it for damage). */
export function memoryVault(records: unknown[] = []): KeyVault {
  let kept: unknown[] = [...records];
  const kidOf = (record: unknown) =>
    typeof record === 'object' && record !== null && 'kid' in record ? record.kid : undefined;
  return {
    list: async () => [...kept],
    put: async (key) => {
      kept = [...kept.filter((record) => kidOf(record) !== key.kid), key];
    },
    clear: async () => {
      kept = [];
    },
  };
}

let vault: KeyVault | null = null;
const currentVault = () => (vault ??= indexedDbVault());

/** Private keys unlocked in this tab, by key id. Memory only: gone when the tab closes. */
const unlocked = new Map<string, CryptoKey>();
registerWipe(() => unlocked.clear());

export function setKeyVault(next: KeyVault): void {
  vault = next;
  unlocked.clear();
}

export const isLockedKey = (key: StoredKey): key is LockedStoredKey => key.locked !== undefined;

/** Whether a locked key has been unlocked in this tab. */
export const isUnlockedHere = (key: StoredKey): boolean => unlocked.has(key.kid);

async function checkRecord(record: unknown): Promise<StoredKey | DamagedKey> {
  const parsed = storedKeySchema.safeParse(record);
  const kid = kidSchema.safeParse(
    typeof record === 'object' && record !== null && 'kid' in record ? record.kid : undefined,
  );
  const damaged = { kid: kid.success ? kid.data : null };
  if (!parsed.success) return damaged;
  try {
    if ((await keyIdOf(parsed.data.publicJwk)) !== parsed.data.kid) return damaged;
  } catch {
    return damaged;
  }
  return parsed.data;
}

/**
 * Every key in this browser, oldest first, and any record that could not be read (left as it
 * is: nothing is deleted). An unavailable database reads as no keys. Never throws.
 */
export async function readTherapistKeys(): Promise<KeyList> {
  let records: unknown[];
  try {
    records = await currentVault().list();
  } catch {
    return { keys: [], damaged: [] };
  }
  const keys: StoredKey[] = [];
  const damaged: DamagedKey[] = [];
  for (const record of Array.isArray(records) ? records : []) {
    const checked = await checkRecord(record);
    if ('publicJwk' in checked) keys.push(checked);
    else damaged.push(checked);
  }
  keys.sort((a, b) => a.created.localeCompare(b.created));
  return { keys, damaged };
}

/** Every readable key in this browser, plain or locked, oldest first. */
export async function listTherapistKeys(): Promise<StoredKey[]> {
  return (await readTherapistKeys()).keys;
}

/** The newest key: the one new links use. A locked key is fine, links need only its public part. */
export async function latestTherapistKey(): Promise<StoredKey | null> {
  return (await listTherapistKeys()).at(-1) ?? null;
}

const usable = (key: StoredKey): UsableKey | null => {
  const privateKey = key.privateKey ?? unlocked.get(key.kid);
  return privateKey
    ? { kid: key.kid, created: key.created, publicJwk: key.publicJwk, privateKey }
    : null;
};

/** The keys that can open summaries right now: plain ones, and locked ones unlocked in this tab. */
export async function usableTherapistKeys(): Promise<UsableKey[]> {
  return (await listTherapistKeys()).flatMap((key) => usable(key) ?? []);
}

export interface LockOptions {
  passphrase: string;
  /** PBKDF2 rounds; tests pass a low number to stay quick. */
  iterations?: number;
}

/** Now, or just after the newest key: "newest" must never be a tie. */
function nextCreated(keys: StoredKey[]): string {
  const now = Date.now();
  const newest = Date.parse(keys.at(-1)?.created ?? '');
  return new Date(Number.isFinite(newest) && newest >= now ? newest + 1 : now).toISOString();
}

async function lockedRecord(key: UsableKey, lock: LockOptions): Promise<LockedStoredKey> {
  const wrapped = await wrapPrivateKey(
    key.privateKey,
    lock.passphrase,
    lockContext(key.kid),
    lock.iterations ?? PBKDF2_ITERATIONS,
  );
  return { kid: key.kid, created: key.created, publicJwk: key.publicJwk, locked: wrapped };
}

/**
 * Keeps a key pair, locked when `lock` is given (and then unlocked in this tab, as the
 * passphrase was just typed). Returns null when this browser will not store it (some private
 * modes).
 */
export async function saveTherapistKey(
  keys: RecipientKeys,
  lock?: LockOptions,
): Promise<StoredKey | null> {
  try {
    const key: UsableKey = {
      ...keys,
      kid: await keyIdOf(keys.publicJwk),
      created: nextCreated(await listTherapistKeys()),
    };
    const stored: StoredKey = lock ? await lockedRecord(key, lock) : key;
    await currentVault().put(stored);
    if (lock) unlocked.set(key.kid, key.privateKey);
    return stored;
  } catch {
    return null;
  }
}

export type UnlockOutcome = 'unlocked' | 'wrong-passphrase' | 'not-found';

/** Unlocks one locked key for this tab. A key kept plain, or already unlocked, is 'unlocked'. */
export async function unlockTherapistKey(kid: string, passphrase: string): Promise<UnlockOutcome> {
  const key = (await listTherapistKeys()).find((candidate) => candidate.kid === kid);
  if (!key) return 'not-found';
  if (usable(key) || !isLockedKey(key)) return 'unlocked';
  const result = await unwrapPrivateKey(key.locked, key.publicJwk, passphrase, lockContext(kid));
  if (!result.ok) return 'wrong-passphrase';
  unlocked.set(kid, result.privateKey);
  return 'unlocked';
}

/** Tries the passphrase on every locked key not yet unlocked here. Returns how many opened. */
export async function unlockTherapistKeys(
  passphrase: string,
): Promise<{ unlocked: number; stillLocked: number }> {
  const waiting = (await listTherapistKeys()).filter((key) => !usable(key));
  let opened = 0;
  for (const key of waiting) {
    if ((await unlockTherapistKey(key.kid, passphrase)) === 'unlocked') opened += 1;
  }
  return { unlocked: opened, stillLocked: waiting.length - opened };
}

/** Whether the passphrase opens the newest locked key (a check before locking more with it). */
async function opensNewestLock(keys: StoredKey[], passphrase: string): Promise<boolean> {
  const newest = keys.filter(isLockedKey).at(-1);
  if (!newest) return true;
  const result = await unwrapPrivateKey(
    newest.locked,
    newest.publicJwk,
    passphrase,
    lockContext(newest.kid),
  );
  if (result.ok) unlocked.set(newest.kid, result.privateKey);
  return result.ok;
}

export type LockOutcome = 'locked' | 'wrong-passphrase' | 'not-kept';

/**
 * Locks every key kept plain with the passphrase. When some keys are locked already, the
 * passphrase must open them, so all keys here share one. The keys stay unlocked in this tab.
 */
export async function lockTherapistKeys(lock: LockOptions): Promise<LockOutcome> {
  const keys = await listTherapistKeys();
  if (!(await opensNewestLock(keys, lock.passphrase))) return 'wrong-passphrase';
  try {
    for (const key of keys) {
      if (isLockedKey(key)) continue;
      await currentVault().put(await lockedRecord(key, lock));
      unlocked.set(key.kid, key.privateKey);
    }
    return 'locked';
  } catch {
    return 'not-kept';
  }
}

export type RemoveLockOutcome = 'removed' | 'wrong-passphrase' | 'not-kept';

/** Keeps every locked key that the passphrase opens plain again. Keys it does not open stay locked. */
export async function removeTherapistKeyLock(passphrase: string): Promise<RemoveLockOutcome> {
  const locked = (await listTherapistKeys()).filter(isLockedKey);
  let removed = 0;
  try {
    for (const key of locked) {
      const result = await unwrapPrivateKey(
        key.locked,
        key.publicJwk,
        passphrase,
        lockContext(key.kid),
      );
      if (!result.ok) continue;
      const { kid, created, publicJwk } = key;
      await currentVault().put({ kid, created, publicJwk, privateKey: result.privateKey });
      unlocked.delete(kid);
      removed += 1;
    }
  } catch {
    return 'not-kept';
  }
  return removed > 0 || locked.length === 0 ? 'removed' : 'wrong-passphrase';
}

export type NewKeyOutcome =
  | { ok: true; key: StoredKey }
  | { ok: false; error: 'needs-passphrase' | 'wrong-passphrase' | 'not-kept' };

/**
 * Makes a new key pair, which new links then use. When the keys here are locked, the new one
 * is locked too, with the same passphrase (checked against the newest locked key first).
 */
export async function makeTherapistKey(
  passphrase = '',
  iterations: number = PBKDF2_ITERATIONS,
): Promise<NewKeyOutcome> {
  const keys = await listTherapistKeys();
  const lockedHere = keys.some(isLockedKey);
  if (lockedHere) {
    if (passphrase === '') return { ok: false, error: 'needs-passphrase' };
    if (!(await opensNewestLock(keys, passphrase))) return { ok: false, error: 'wrong-passphrase' };
  }
  const key = await saveTherapistKey(
    await generateRecipientKeys(),
    lockedHere ? { passphrase, iterations } : undefined,
  );
  return key ? { ok: true, key } : { ok: false, error: 'not-kept' };
}

export async function deleteTherapistKeys(): Promise<void> {
  unlocked.clear();
  try {
    await currentVault().clear();
  } catch {
    // Nothing to delete.
  }
}
