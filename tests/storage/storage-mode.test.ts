import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { createLock, sealText } from '../../src/storage/sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY } from '../../src/storage/storage-backend.ts';
import { deviceBackend, detectStorage } from '../../src/storage/storage-mode.ts';
import {
  DAY_MS,
  deviceSettings,
  serializeNoSaveMarker,
} from '../../src/storage/storage-settings.ts';

const NOW = Date.UTC(2026, 0, 15);
const settings = (days: number, locked = false, at = NOW) =>
  JSON.stringify(deviceSettings(days, locked, at));

describe('detectStorage: where the answers are when the app opens', () => {
  it('uses this tab only when nothing was chosen', () => {
    const boot = detectStorage(NOW);
    expect(boot.status).toEqual({ mode: 'session' });
    expect(boot.notice).toBeNull();
  });

  it('keeps "don\'t save at all" across a reload of the tab', () => {
    sessionStorage.setItem(SETTINGS_KEY, serializeNoSaveMarker());
    sessionStorage.setItem(STATE_KEY, 'left over');
    const boot = detectStorage(NOW);
    expect(boot.status).toEqual({ mode: 'none' });
    expect(boot.backend.read()).toBeNull();
  });

  it('drops a damaged tab marker and falls back to this tab only', () => {
    sessionStorage.setItem(SETTINGS_KEY, '{"mode":"none"');
    expect(detectStorage(NOW).status).toEqual({ mode: 'session' });
    expect(sessionStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('reads answers saved on this device before they expire', () => {
    localStorage.setItem(SETTINGS_KEY, settings(7, false, NOW - DAY_MS));
    localStorage.setItem(STATE_KEY, 'saved state');
    const boot = detectStorage(NOW);
    expect(boot.status).toMatchObject({ mode: 'device', forgetAfterDays: 7, locked: false });
    expect(boot.backend.read()).toBe('saved state');
    expect(boot.pendingUnlock).toBeNull();
  });

  it.each([
    ['on the day they expire', 7 * DAY_MS],
    ['long after', 400 * DAY_MS],
  ])('forgets answers saved on this device %s', (_when, age) => {
    localStorage.setItem(SETTINGS_KEY, settings(7, false, NOW - age));
    localStorage.setItem(STATE_KEY, 'saved state');
    const boot = detectStorage(NOW);
    expect(boot.status).toEqual({ mode: 'session' });
    expect(boot.notice).toEqual({ kind: 'forgotten', days: 7 });
    expect(localStorage.getItem(STATE_KEY)).toBeNull();
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('keeps answers whose settings are damaged, with a default forget date and a notice', () => {
    localStorage.setItem(SETTINGS_KEY, '{"mode":"device","forgetAfterDays":"soon"}');
    localStorage.setItem(STATE_KEY, 'saved state');
    const boot = detectStorage(NOW);
    expect(boot.status).toMatchObject({ mode: 'device', forgetAfterDays: 7 });
    expect(boot.notice).toEqual({ kind: 'settings-reset', days: 7 });
    expect(boot.backend.read()).toBe('saved state');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ mode: 'device' });
  });

  it('removes damaged settings that guard no answers', () => {
    localStorage.setItem(SETTINGS_KEY, 'not json');
    expect(detectStorage(NOW).status).toEqual({ mode: 'session' });
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('asks for the passphrase when the answers are locked', async () => {
    const lock = await createLock('correct horse', 1000);
    localStorage.setItem(SETTINGS_KEY, settings(30, true));
    localStorage.setItem(STATE_KEY, await sealText('secret', lock));
    const boot = detectStorage(NOW);
    expect(boot.status).toMatchObject({ mode: 'device', locked: true });
    expect(boot.pendingUnlock).not.toBeNull();
    // Nothing is readable until the passphrase is given.
    expect(boot.backend.read()).toBeNull();
  });

  it.each([
    ['the locked answers are missing', null],
    ['the locked answers are damaged', '{"format":"consult-prep.sealed","version":1}'],
  ])('removes a lock that can never open when %s', (_case, raw) => {
    localStorage.setItem(SETTINGS_KEY, settings(30, true));
    if (raw) localStorage.setItem(STATE_KEY, raw);
    const boot = detectStorage(NOW);
    expect(boot.status).toEqual({ mode: 'session' });
    expect(boot.notice).toEqual({ kind: 'locked-unreadable' });
    expect(localStorage.length).toBe(0);
  });
});

describe('deviceBackend', () => {
  it('moves the forget date to N days after each save', () => {
    let now = NOW;
    const backend = deviceBackend(3, null, null, () => now)!;
    backend.write('one');
    now += 2 * DAY_MS;
    backend.write('two');
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY)!);
    expect(saved).toMatchObject({ mode: 'device', forgetAfterDays: 3, locked: false });
    expect(saved.expiresAt).toBe(now + 3 * DAY_MS);
    expect(localStorage.getItem(STATE_KEY)).toBe('two');
  });
});
