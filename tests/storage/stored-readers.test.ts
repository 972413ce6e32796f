import '../support/web-storage.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeViewMark } from '../../src/storage/exit-mark.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { SETTINGS_KEY, STATE_KEY, VIEW_KEY } from '../../src/storage/storage-backend.ts';
import { deviceSettings, serializeNoSaveMarker } from '../../src/storage/storage-settings.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { allWebStorage } from '../support/load-fresh.ts';

// A visit as main.tsx begins it: fresh modules, and the readers not loaded yet.
async function freshReaders() {
  vi.resetModules();
  return import('../../src/storage/stored-readers.ts');
}

const savedState = serializeState({
  ageConfirmed: true,
  answered: ['concerns'],
  answers: emptyAnswers(),
});

afterEach(() => {
  vi.doUnmock('../../src/storage/install-stored-readers.ts');
});

describe('stored-state readers, before they load', () => {
  it('answer "nothing stored" for nothing stored, without zod', async () => {
    const readers = await freshReaders();
    expect(readers.storedReadersInstalled()).toBe(false);
    expect(readers.readStoredState(null)).toEqual({ state: null, notice: null });
    expect(readers.readDeviceSettings(null)).toEqual({ ok: false, problem: 'missing' });
    expect(readers.readNoSaveMarker(null)).toEqual({ ok: false, problem: 'missing' });
    expect(readers.readSealedState(null)).toEqual({ ok: false, problem: 'not-sealed' });
    expect(readers.readViewMark(null)).toBe('none');
  });

  it('keep answers closed for a quick-exit mark they cannot read yet', async () => {
    const readers = await freshReaders();
    expect(readers.readViewMark(serializeViewMark())).toBe('damaged');
  });

  it('refuse to guess at stored state they cannot read', async () => {
    const readers = await freshReaders();
    expect(() => readers.readStoredState(savedState)).toThrow(/reader/);
  });
});

describe('loadStoredReadersIfKept', () => {
  it('loads nothing on a first visit', async () => {
    const readers = await freshReaders();
    await readers.loadStoredReadersIfKept();
    expect(readers.storedReadersInstalled()).toBe(false);
  });

  it.each([
    ['answers in this tab', () => sessionStorage.setItem(STATE_KEY, savedState)],
    [
      '"don\'t save" in this tab',
      () => sessionStorage.setItem(SETTINGS_KEY, serializeNoSaveMarker()),
    ],
    ['answers on this device', () => localStorage.setItem(STATE_KEY, savedState)],
    [
      'device settings',
      () =>
        localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, false, Date.now()))),
    ],
    ['a quick-exit mark', () => localStorage.setItem(VIEW_KEY, serializeViewMark())],
  ])('loads them when there are %s, and they read it', async (_, store) => {
    store();
    const readers = await freshReaders();
    await readers.loadStoredReadersIfKept();
    expect(readers.storedReadersInstalled()).toBe(true);
    expect(readers.readStoredState(savedState).state?.answered).toEqual(['concerns']);
  });

  it('ignores keys that are not ours', async () => {
    localStorage.setItem('another-app.state', savedState);
    const readers = await freshReaders();
    await readers.loadStoredReadersIfKept();
    expect(readers.storedReadersInstalled()).toBe(false);
  });
});

describe('when the readers cannot load', () => {
  it('opens fresh and leaves what is stored alone for the next visit', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, false, Date.now())));
    localStorage.setItem(STATE_KEY, savedState);
    localStorage.setItem(VIEW_KEY, serializeViewMark());
    const before = allWebStorage();
    const readers = await freshReaders();
    vi.doMock('../../src/storage/install-stored-readers.ts', () => {
      throw new Error('The connection dropped');
    });
    await readers.loadStoredReadersIfKept();
    expect(readers.storedReadersInstalled()).toBe(false);

    const { useAnswersStore } = await import('../../src/storage/answers-store.ts');
    const { bootStorage } = await import('../../src/storage/storage-mode.ts');
    expect(bootStorage().status).toEqual({ mode: 'session' });
    expect(bootStorage().held).toBeNull();
    expect(bootStorage().notice).toEqual({ kind: 'not-opened' });
    expect(useAnswersStore.getState().ageConfirmed).toBe(false);
    useAnswersStore.getState().start('individual');
    useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
    expect(allWebStorage()).toBe(before);
  });
});
