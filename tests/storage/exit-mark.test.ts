import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import {
  clearViewMark,
  markOpensAtStart,
  opensAtStart,
  serializeViewMark,
  VIEW_KEY,
} from '../../src/storage/exit-mark.ts';
import { parseViewMark } from '../../src/storage/exit-mark-reader.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { createLock, sealText } from '../../src/storage/sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY } from '../../src/storage/storage-backend.ts';
import { detectStorage, holdAfterExit } from '../../src/storage/storage-mode.ts';
import { deviceSettings } from '../../src/storage/storage-settings.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { loadFresh } from '../support/load-fresh.ts';

const MARK = serializeViewMark();

const saved = serializeState({
  ageConfirmed: true,
  answered: ['concerns'],
  answers: { ...emptyAnswers(), concerns: ['shame'] },
});

async function lockOnDevice() {
  const lock = await createLock('a kettle by the window', 1000);
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, true, Date.now())));
  localStorage.setItem(STATE_KEY, await sealText(saved, lock));
}
describe('the mark itself', () => {
  it.each([
    ['missing', null, 'none'],
    ['the mark', MARK, 'start'],
    ['not JSON', '{oops', 'damaged'],
    ['another format', JSON.stringify({ format: 'x', version: 1, opens: 'start' }), 'damaged'],
    ['a later version', MARK.replace('"version":1', '"version":2'), 'damaged'],
    ['far too long', `${MARK}${' '.repeat(500)}`, 'damaged'],
  ])('%s reads as %s', (_name, raw, expected) => {
    expect(parseViewMark(raw)).toBe(expected);
  });

  it('a damaged mark still keeps answers closed: when unsure, hide', () => {
    localStorage.setItem(VIEW_KEY, 'garbled');
    expect(opensAtStart(localStorage)).toBe(true);
    clearViewMark(localStorage);
    expect(opensAtStart(localStorage)).toBe(false);
  });

  it('has a neutral name, and says nothing of answers, pages or times', () => {
    markOpensAtStart(localStorage);
    const value = localStorage.getItem(VIEW_KEY) ?? '';
    expect(VIEW_KEY).not.toMatch(/exit|panic|hid|safe|leave|quick/i);
    expect(value).not.toMatch(/exit|panic|hid|safe|leave|quick|prepare|\d{4,}/i);
    expect(JSON.parse(value)).toEqual({ format: 'consult-prep.view', version: 1, opens: 'start' });
  });
});

describe('holdAfterExit: what the app opens with', () => {
  const onDevice = () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, false, Date.now())));
    localStorage.setItem(STATE_KEY, saved);
  };

  it.each([
    ['saved on this device, with the mark', true, true, true],
    ['saved on this device, no mark', true, false, false],
    ['this tab only, with a stale mark', false, true, false],
    ['this tab only, no mark', false, false, false],
  ])('%s: held = %s', (_name, device, marked, held) => {
    if (device) onDevice();
    else sessionStorage.setItem(STATE_KEY, saved);
    if (marked) markOpensAtStart(localStorage);
    const boot = holdAfterExit(detectStorage(), localStorage);
    expect(boot.held !== null).toBe(held);
    if (held) {
      // Nothing to read and nowhere to write until the person asks.
      expect(boot.backend.read()).toBeNull();
      expect(boot.held?.backend.read()).toBe(saved);
    }
    // A mark with nothing saved on the device to guard is removed.
    expect(localStorage.getItem(VIEW_KEY) !== null).toBe(held);
  });

  it('goes with the saved answers when they are forgotten after the chosen days', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(3, false, 0)));
    localStorage.setItem(STATE_KEY, saved);
    markOpensAtStart(localStorage);
    expect(holdAfterExit(detectStorage(), localStorage).held).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('parks locked answers too, so no passphrase screen shows before the person asks', async () => {
    await lockOnDevice();
    const unmarked = detectStorage();
    markOpensAtStart(localStorage);
    const boot = holdAfterExit(detectStorage(), localStorage);
    expect(boot.pendingUnlock).toBeNull();
    expect(boot.held?.pendingUnlock).toEqual(unmarked.pendingUnlock);
  });
});

describe('wipeForExit: when it marks the saved answers', () => {
  it.each([
    ['this tab only, with answers', 'session', true, false],
    ['not saving, with answers', 'none', true, false],
    ['on this device, with answers', 'device', true, true],
    ['on this device, nothing answered yet', 'device', false, false],
  ] as const)('%s: marked = %s', async (_name, mode, answered, marked) => {
    const app = await loadFresh();
    const choice =
      mode === 'device' ? { mode, forgetAfterDays: 3, lock: 'none' as const } : { mode };
    await app.useStorageSettings.getState().applyChoice(choice);
    if (answered) app.useAnswersStore.getState().start('individual');
    app.wipeForExit();
    expect(localStorage.getItem(VIEW_KEY) !== null).toBe(marked);
    // In the tab-only modes nothing at all is left behind, not even the mark.
    if (mode !== 'device') expect(localStorage.length).toBe(0);
  });

  it('marks locked answers that were never opened in this visit', async () => {
    await lockOnDevice();
    const app = await loadFresh();
    expect(app.useStorageSettings.getState().pendingUnlock).not.toBeNull();
    app.wipeForExit();
    expect(localStorage.getItem(VIEW_KEY)).toBe(MARK);
  });

  it('"Delete everything" removes the mark with the rest', async () => {
    const app = await loadFresh();
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 3, lock: 'none' });
    app.useAnswersStore.getState().start('individual');
    app.wipeForExit();
    const reopened = await loadFresh();
    expect(reopened.useStorageSettings.getState().held).toBe(true);
    const report = await reopened.deleteEverything();
    expect(report.leftovers).toEqual([]);
    expect(localStorage.getItem(VIEW_KEY)).toBeNull();
    expect(reopened.useStorageSettings.getState().held).toBe(false);
  });
});
