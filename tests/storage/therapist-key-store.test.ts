import { beforeEach, describe, expect, it } from 'vitest';
import { generateRecipientKeys, keyIdOf } from '../../src/lib/hybrid-crypto.ts';
import { runWipes } from '../../src/storage/wipe-registry.ts';
import {
  isLockedKey,
  isUnlockedHere,
  latestTherapistKey,
  listTherapistKeys,
  lockTherapistKeys,
  makeTherapistKey,
  memoryVault,
  readTherapistKeys,
  removeTherapistKeyLock,
  saveTherapistKey,
  setKeyVault,
  unlockTherapistKey,
  unlockTherapistKeys,
  usableTherapistKeys,
  type KeyVault,
} from '../../src/storage/therapist-key-store.ts';
import {
  openSummary,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../src/features/therapist/sealed-summary.ts';
import { FAST_ITERATIONS, PASSPHRASE } from '../support/therapist-key-fixtures.ts';

let vault: KeyVault;
beforeEach(() => {
  vault = memoryVault();
  setKeyVault(vault);
});

const lock = { passphrase: PASSPHRASE, iterations: FAST_ITERATIONS };

/** The same records, read by a new tab: nothing unlocked in memory. */
async function newTab() {
  vault = memoryVault(await vault.list());
  setKeyVault(vault);
}

const payload: SummaryPayload = {
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Sam',
  created: '2026-11-27',
  sections: [],
};

describe('several keys', () => {
  it('keeps every key, oldest first; the newest is the one new links use', async () => {
    const a = await saveTherapistKey(await generateRecipientKeys());
    const b = await saveTherapistKey(await generateRecipientKeys());
    const c = await saveTherapistKey(await generateRecipientKeys());
    expect((await listTherapistKeys()).map((key) => key.kid)).toEqual([a?.kid, b?.kid, c?.kid]);
    expect((await latestTherapistKey())?.kid).toBe(c?.kid);
    const dates = (await listTherapistKeys()).map((key) => key.created);
    expect(new Set(dates).size).toBe(3);
  });

  it('opens a summary sealed for an older key with the key kept for it', async () => {
    const old = await saveTherapistKey(await generateRecipientKeys());
    await makeTherapistKey();
    const envelope = await sealSummary(payload, old!.publicJwk);
    const result = await openSummary(envelope, await usableTherapistKeys());
    expect(result.ok).toBe(true);
  });

  it('makes a new key as the newest, leaving the old ones', async () => {
    const old = await saveTherapistKey(await generateRecipientKeys());
    const made = await makeTherapistKey();
    expect(made.ok).toBe(true);
    const kids = (await listTherapistKeys()).map((key) => key.kid);
    expect(kids).toHaveLength(2);
    expect(kids[0]).toBe(old?.kid);
    expect((await latestTherapistKey())?.kid).toBe(made.ok && made.key.kid);
  });
});

describe('a key locked with a passphrase', () => {
  it('is kept sealed: no CryptoKey and no private key in the record', async () => {
    const keys = await generateRecipientKeys();
    await saveTherapistKey(keys);
    expect(await lockTherapistKeys(lock)).toBe('locked');
    const [record] = (await vault.list()) as Record<string, unknown>[];
    expect(record).not.toHaveProperty('privateKey');
    expect(record).toMatchObject({ kid: await keyIdOf(keys.publicJwk), publicJwk: keys.publicJwk });
    const { d } = await crypto.subtle.exportKey('jwk', keys.privateKey);
    expect(JSON.stringify(record)).not.toContain(d);
    expect(JSON.stringify(record)).not.toContain(PASSPHRASE);
  });

  it('stays usable in the tab that locked it, but needs the passphrase in a new tab', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    expect(await usableTherapistKeys()).toHaveLength(1);
    await newTab();
    expect(await usableTherapistKeys()).toEqual([]);
    const key = (await listTherapistKeys())[0]!;
    expect(isLockedKey(key) && !isUnlockedHere(key)).toBe(true);
    // Links can still be made: the public key is readable.
    expect((await latestTherapistKey())?.publicJwk).toEqual(key.publicJwk);
  });

  it.each([
    ['a wrong passphrase', 'not the passphrase', 'wrong-passphrase', 0],
    ['an empty passphrase', '', 'wrong-passphrase', 0],
    ['the right passphrase', PASSPHRASE, 'unlocked', 1],
  ])('with %s: %s', async (_, passphrase, outcome, usable) => {
    const key = await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await newTab();
    expect(await unlockTherapistKey(key!.kid, passphrase)).toBe(outcome);
    expect(await usableTherapistKeys()).toHaveLength(usable);
  });

  it('is never written back in clear when unlocked', async () => {
    const key = await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await newTab();
    await unlockTherapistKey(key!.kid, PASSPHRASE);
    const [record] = (await vault.list()) as Record<string, unknown>[];
    expect(record).not.toHaveProperty('privateKey');
    expect(record).toHaveProperty('locked');
  });

  it('unlocks every key that shares the passphrase at once', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await newTab();
    expect(await unlockTherapistKeys('wrong')).toEqual({ unlocked: 0, stillLocked: 2 });
    expect(await unlockTherapistKeys(PASSPHRASE)).toEqual({ unlocked: 2, stillLocked: 0 });
  });

  it('is forgotten from memory by the quick exit and “delete everything”', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    expect(await usableTherapistKeys()).toHaveLength(1);
    runWipes();
    expect(await usableTherapistKeys()).toEqual([]);
    expect(await listTherapistKeys()).toHaveLength(1);
  });

  it('cannot be opened with a lock moved from another key’s record', async () => {
    const a = await saveTherapistKey(await generateRecipientKeys());
    const b = await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    const records = (await vault.list()) as Record<string, unknown>[];
    const lockOf = (kid?: string) => records.find((record) => record.kid === kid)?.locked;
    vault = memoryVault([
      { ...records.find((record) => record.kid === a?.kid), locked: lockOf(b?.kid) },
    ]);
    setKeyVault(vault);
    expect(await unlockTherapistKey(a!.kid, PASSPHRASE)).toBe('wrong-passphrase');
  });

  it('has its lock removed only with the passphrase', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await newTab();
    expect(await removeTherapistKeyLock('wrong')).toBe('wrong-passphrase');
    expect((await listTherapistKeys()).every(isLockedKey)).toBe(true);
    expect(await removeTherapistKeyLock(PASSPHRASE)).toBe('removed');
    await newTab();
    expect((await listTherapistKeys()).some(isLockedKey)).toBe(false);
    expect(await usableTherapistKeys()).toHaveLength(1);
  });

  it('gives a new key the same lock, once the passphrase is checked', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await newTab();
    expect(await makeTherapistKey('', FAST_ITERATIONS)).toEqual({
      ok: false,
      error: 'needs-passphrase',
    });
    expect(await makeTherapistKey('wrong', FAST_ITERATIONS)).toEqual({
      ok: false,
      error: 'wrong-passphrase',
    });
    expect(await listTherapistKeys()).toHaveLength(1);
    const made = await makeTherapistKey(PASSPHRASE, FAST_ITERATIONS);
    expect(made.ok && isLockedKey(made.key)).toBe(true);
    await newTab();
    expect(await unlockTherapistKeys(PASSPHRASE)).toEqual({ unlocked: 2, stillLocked: 0 });
  });

  it('refuses to lock the rest with another passphrase than the keys already locked', async () => {
    await saveTherapistKey(await generateRecipientKeys());
    await lockTherapistKeys(lock);
    await saveTherapistKey(await generateRecipientKeys());
    await newTab();
    expect(await lockTherapistKeys({ ...lock, passphrase: 'another one entirely' })).toBe(
      'wrong-passphrase',
    );
    expect((await listTherapistKeys()).filter(isLockedKey)).toHaveLength(1);
  });
});

describe('a damaged key record', () => {
  async function goodRecord() {
    const keys = await generateRecipientKeys();
    return { kid: await keyIdOf(keys.publicJwk), created: '2026-01-01T00:00:00.000Z', ...keys };
  }

  it.each([
    ['no private key', async () => ({ ...(await goodRecord()), privateKey: undefined }), true],
    ['a private key that is text', async () => ({ ...(await goodRecord()), privateKey: 'x' }), true],
    ['a public key as the private key', async () => {
      const record = await goodRecord();
      const publicKey = await crypto.subtle.importKey('jwk', { ...record.publicJwk, ext: true }, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
      return { ...record, privateKey: publicKey };
    }, true],
    ['an id that is not its key’s', async () => ({ ...(await goodRecord()), kid: 'aaaaaaaaaaaaaaaa' }), true],
    ['a damaged public key', async () => {
      const record = await goodRecord();
      return { ...record, publicJwk: { ...record.publicJwk, x: 'short' } };
    }, true],
    ['a lock with a bad salt', async () => {
      const { kid, created, publicJwk } = await goodRecord();
      return { kid, created, publicJwk, locked: { iterations: 1000, salt: '@', iv: 'a'.repeat(16), data: 'a'.repeat(40) } };
    }, true],
    ['a lock asking for absurd rounds', async () => {
      const { kid, created, publicJwk } = await goodRecord();
      return { kid, created, publicJwk, locked: { iterations: 1e12, salt: 'a'.repeat(22), iv: 'a'.repeat(16), data: 'a'.repeat(40) } };
    }, true],
    ['no id at all', async () => ({ note: 'left by something else' }), false],
    ['text', async () => 'not a record', false],
  ])('with %s is named, kept, and does not hide the good keys', async (_, damage, hasKid) => {
    const bad = await damage();
    vault = memoryVault([bad]);
    setKeyVault(vault);
    const good = await saveTherapistKey(await generateRecipientKeys());
    const list = await readTherapistKeys();
    expect(list.keys.map((key) => key.kid)).toEqual([good?.kid]);
    expect(list.damaged).toEqual([{ kid: hasKid ? expect.stringMatching(/^[0-9a-f]{16}$/) : null }]);
    // Nothing kept is lost: the damaged record is still there.
    expect(await vault.list()).toContain(bad);
  }); // prettier-ignore

  it('reads as no keys when the database cannot be opened', async () => {
    setKeyVault({
      list: () => Promise.reject(new Error('blocked')),
      put: () => Promise.reject(new Error('blocked')),
      clear: () => Promise.reject(new Error('blocked')),
    });
    expect(await readTherapistKeys()).toEqual({ keys: [], damaged: [] });
    expect(await saveTherapistKey(await generateRecipientKeys())).toBeNull();
    expect(await makeTherapistKey()).toEqual({ ok: false, error: 'not-kept' });
  });
});
