import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { lockedBackend } from '../../src/storage/locked-backend.ts';
import { createLock, openSealedState, sealText } from '../../src/storage/sealed-state.ts';
import { parseSealedState } from '../../src/storage/sealed-state-reader.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';

// Few rounds keep the tests fast; the app uses 600,000 (see passphrase-crypto.ts).
const ROUNDS = 1000;

describe('sealed state', () => {
  it('opens with the right passphrase and hides the text', async () => {
    const lock = await createLock('a long passphrase', ROUNDS);
    const raw = await sealText('{"answers":"private words"}', lock);
    expect(raw).not.toContain('private words');
    const parsed = parseSealedState(raw);
    if (!parsed.ok) throw new Error('should parse');
    const opened = await openSealedState(parsed.sealed, 'a long passphrase');
    expect(opened).toMatchObject({ ok: true, text: '{"answers":"private words"}' });
  });

  it('refuses a wrong passphrase kindly, without throwing', async () => {
    const lock = await createLock('right', ROUNDS);
    const parsed = parseSealedState(await sealText('text', lock));
    if (!parsed.ok) throw new Error('should parse');
    expect(await openSealedState(parsed.sealed, 'wrong')).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
  });

  it('matches passphrases however the accents were typed (NFC)', async () => {
    const lock = await createLock('caf\u00e9', ROUNDS);
    const parsed = parseSealedState(await sealText('text', lock));
    if (!parsed.ok) throw new Error('should parse');
    expect((await openSealedState(parsed.sealed, 'cafe\u0301')).ok).toBe(true);
  });

  it.each([
    ['plain state', '{"format":"consult-prep.state"}', 'not-sealed'],
    ['not JSON', '{"format":', 'not-sealed'],
    ['nothing', null, 'not-sealed'],
    ['missing fields', '{"format":"consult-prep.sealed","version":1}', 'damaged'],
    [
      'bad base64',
      '{"format":"consult-prep.sealed","version":1,"iterations":5,"salt":"%%","iv":"a","data":"b"}',
      'damaged',
    ],
    [
      'short salt',
      '{"format":"consult-prep.sealed","version":1,"iterations":5,"salt":"AAAA","iv":"AAAAAAAAAAAAAAAA","data":""}',
      'damaged',
    ],
    [
      'absurd rounds',
      '{"format":"consult-prep.sealed","version":1,"iterations":1e12,"salt":"","iv":"","data":""}',
      'damaged',
    ],
  ])('tells %s apart', (_name, raw, problem) => {
    expect(parseSealedState(raw)).toEqual({ ok: false, problem });
  });
});

describe('lockedBackend', () => {
  it('writes only the newest save, encrypted', async () => {
    const lock = await createLock('pass', ROUNDS);
    const backend = lockedBackend(lock, null, localStorage);
    backend.write('first');
    backend.write('second');
    expect(backend.read()).toBe('second');
    await backend.flush();
    const parsed = parseSealedState(localStorage.getItem(STATE_KEY));
    if (!parsed.ok) throw new Error('should be sealed');
    expect(await openSealedState(parsed.sealed, 'pass')).toMatchObject({ text: 'second' });
  });

  it('keeps the lock but no answers after a clear, even mid-save', async () => {
    const lock = await createLock('pass', ROUNDS);
    const backend = lockedBackend(lock, 'old', localStorage);
    backend.write('answers');
    backend.clear();
    expect(backend.read()).toBeNull();
    await backend.flush();
    const parsed = parseSealedState(localStorage.getItem(STATE_KEY));
    if (!parsed.ok) throw new Error('should be sealed');
    expect(await openSealedState(parsed.sealed, 'pass')).toMatchObject({ text: '' });
  });
});
