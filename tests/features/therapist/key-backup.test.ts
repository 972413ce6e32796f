import { describe, expect, it } from 'vitest';
import { generateRecipientKeys, keyIdOf } from '../../../src/lib/hybrid-crypto.ts';
import { PBKDF2_ITERATIONS } from '../../../src/lib/passphrase-crypto.ts';
import {
  KEY_FILE_MIN_ITERATIONS,
  keyBackupJson,
  readKeyBackup,
  shortKeyId,
} from '../../../src/features/therapist/key-backup.ts';
import {
  openSummary,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../../src/features/therapist/sealed-summary.ts';
import {
  FAST_ITERATIONS,
  fastRead,
  legacyKeyFile,
  PASSPHRASE,
} from '../../support/therapist-key-fixtures.ts';

const payload: SummaryPayload = {
  format: SUMMARY_FORMAT,
  version: 1,
  therapistName: 'Dr. Maya Thompson',
  created: '2026-11-27',
  sections: [{ heading: 'Topics', rows: [{ label: 'Help with', value: 'Low desire' }] }],
};
const created = '2026-11-27T10:00:00.000Z';

async function protectedFile(passphrase = PASSPHRASE) {
  const keys = await generateRecipientKeys();
  const text = await keyBackupJson(keys, created, passphrase, FAST_ITERATIONS);
  return { keys, text, file: JSON.parse(text) as Record<string, unknown> };
}

describe('protected backup key file (version 2)', () => {
  it('opens with its passphrase, and the key opens summaries', async () => {
    const { keys, text } = await protectedFile();
    const envelope = await sealSummary(payload, keys.publicJwk);
    const restored = await readKeyBackup(text, PASSPHRASE, fastRead);
    expect(restored).toMatchObject({
      ok: true,
      protected: true,
      kid: await keyIdOf(keys.publicJwk),
      created,
    });
    if (!restored.ok) return;
    expect(await openSummary(envelope, [restored.keys])).toEqual({ ok: true, summary: payload });
  });

  it('holds the public key and id readable, and the private key only sealed', async () => {
    const { keys, text, file } = await protectedFile();
    const { d } = await crypto.subtle.exportKey('jwk', keys.privateKey);
    expect(text).not.toContain(d);
    expect(text).not.toContain(PASSPHRASE);
    expect(file).toMatchObject({
      format: 'consult-prep.therapist-key',
      version: 2,
      kid: await keyIdOf(keys.publicJwk),
      publicKey: keys.publicJwk,
      sealed: { iterations: FAST_ITERATIONS },
    });
    expect(Object.keys(file.sealed as object).sort()).toEqual(['data', 'iterations', 'iv', 'salt']);
  });

  it('seals at 600,000 rounds unless told otherwise', async () => {
    const keys = await generateRecipientKeys();
    const file = JSON.parse(await keyBackupJson(keys, created, PASSPHRASE));
    expect(file.sealed.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect((await readKeyBackup(JSON.stringify(file), PASSPHRASE)).ok).toBe(true);
  });

  it.each([
    ['a wrong passphrase', 'river kettle blue marc', 'wrong-passphrase'],
    ['the right one with a capital', 'River kettle blue march', 'wrong-passphrase'],
    ['no passphrase', '', 'needs-passphrase'],
  ])('refuses %s', async (_, passphrase, error) => {
    const { text } = await protectedFile();
    expect(await readKeyBackup(text, passphrase, fastRead)).toEqual({ ok: false, error });
  });

  it('opens with the right passphrase however it was typed in Unicode (NFC)', async () => {
    const { text } = await protectedFile('café au lait, no sugar');
    const decomposed = 'cafe\u0301 au lait, no sugar';
    expect((await readKeyBackup(text, decomposed, fastRead)).ok).toBe(true);
  });

  it.each([
    ['its id changed', (file: Record<string, unknown>) => ({ ...file, kid: '0'.repeat(16) })],
    [
      'another public key swapped in with its own id',
      async (file: Record<string, unknown>) => {
        const other = await generateRecipientKeys();
        return { ...file, publicKey: other.publicJwk, kid: await keyIdOf(other.publicJwk) };
      },
    ],
  ])('does not open when %s', async (_, change) => {
    const { file } = await protectedFile();
    const result = await readKeyBackup(JSON.stringify(await change(file)), PASSPHRASE, fastRead);
    expect(result.ok).toBe(false);
  });

  it('does not open when the sealed key was moved from another file', async () => {
    const a = await protectedFile();
    const b = await protectedFile();
    const mixed = { ...a.file, sealed: b.file.sealed };
    expect(await readKeyBackup(JSON.stringify(mixed), PASSPHRASE, fastRead)).toEqual({
      ok: false,
      error: 'wrong-passphrase',
    });
  });

  it.each([
    ['too few', 1, 'damaged'],
    ['just below the floor', KEY_FILE_MIN_ITERATIONS - 1, 'damaged'],
    ['absurdly many', 10_000_001, 'damaged'],
    ['far too many', 1e12, 'damaged'],
    ['not a whole number', 150_000.5, 'damaged'],
  ])('refuses a file asking for %s rounds, without running them', async (_, iterations, error) => {
    const { file } = await protectedFile();
    const sealed = { ...(file.sealed as object), iterations };
    const started = performance.now();
    const result = await readKeyBackup(JSON.stringify({ ...file, sealed }), PASSPHRASE);
    expect(result).toEqual({ ok: false, error });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('accepts a file at the floor', async () => {
    const keys = await generateRecipientKeys();
    const text = await keyBackupJson(keys, created, PASSPHRASE, KEY_FILE_MIN_ITERATIONS);
    expect((await readKeyBackup(text, PASSPHRASE)).ok).toBe(true);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['cut just before the end', (text: string) => text.slice(0, -3)],
    ['with its sealed data cut', (text: string) => text.replace(/"data": "(.{10})[^"]*"/, '"data": "$1"')],
    ['with a bad salt', (text: string) => text.replace(/"salt": "[^"]*"/, '"salt": "@@"')],
    ['without its sealed part', (text: string) => text.replace(/"sealed"/, '"seal"')],
    ['of a newer version', (text: string) => text.replace('"version": 2', '"version": 3')],
  ])('calls a file %s damaged', async (_, change) => {
    const { text } = await protectedFile();
    expect(await readKeyBackup(change(text), PASSPHRASE, fastRead)).toEqual({
      ok: false,
      error: 'damaged',
    });
  }); // prettier-ignore

  it('names keys by the first 8 characters of their id', () => {
    expect(shortKeyId('0123456789abcdef')).toBe('01234567');
  });
});

describe('older backup key file (version 1)', () => {
  it('still opens, with or without a passphrase typed, and says it is not protected', async () => {
    const keys = await generateRecipientKeys();
    const envelope = await sealSummary(payload, keys.publicJwk);
    const text = await legacyKeyFile(keys, created);
    for (const passphrase of ['', 'anything at all']) {
      const restored = await readKeyBackup(text, passphrase);
      expect(restored).toMatchObject({ ok: true, protected: false, created });
      if (!restored.ok) return;
      expect(await openSummary(envelope, [restored.keys])).toEqual({
        ok: true,
        summary: payload,
      });
    }
  });

  it('refuses one whose private key belongs to another public key', async () => {
    const a = await generateRecipientKeys();
    const b = await generateRecipientKeys();
    const file = JSON.parse(await legacyKeyFile(a, 'now'));
    file.publicKey = b.publicJwk;
    expect(await readKeyBackup(JSON.stringify(file))).toEqual({ ok: false, error: 'damaged' });
  });
});

describe('not a key file', () => {
  it.each([
    ['not json', 'not-a-key-file'],
    ['{"format":"other"}', 'not-a-key-file'],
    ['[]', 'not-a-key-file'],
    ['null', 'not-a-key-file'],
    ['{"format":"consult-prep.therapist-key","version":1}', 'damaged'],
    ['{"format":"consult-prep.therapist-key","version":2}', 'damaged'],
    ['{"format":"consult-prep.therapist-key",', 'damaged'],
    ['x'.repeat(10_001), 'not-a-key-file'],
  ])('refuses %j as %s', async (text, error) => {
    expect(await readKeyBackup(text, PASSPHRASE)).toEqual({ ok: false, error });
  });

  it.each([[undefined], [null], [42], [{ format: 'consult-prep.therapist-key' }]])(
    'refuses %j, which is not text',
    async (input) => {
      expect(await readKeyBackup(input, PASSPHRASE)).toEqual({
        ok: false,
        error: 'not-a-key-file',
      });
    },
  );
});
