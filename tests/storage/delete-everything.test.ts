import '../support/web-storage.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY, STATE_KEY } from '../../src/storage/storage-backend.ts';
import { allWebStorage, loadFresh } from '../support/load-fresh.ts';

/** Enough of IndexedDB for deleting: jsdom has none. `blocked` names never finish deleting. */
function fakeIndexedDb(names: string[], blocked: string[] = []) {
  const dbs = new Set(names);
  return {
    dbs,
    databases: async () => [...dbs].map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void } = {};
      if (!blocked.includes(name)) {
        setTimeout(() => {
          dbs.delete(name);
          request.onsuccess?.();
        });
      }
      return request;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

async function appWithEverything() {
  const app = await loadFresh();
  app.useAnswersStore.getState().start('individual');
  app.useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
  await app.useStorageSettings
    .getState()
    .applyChoice({ mode: 'device', forgetAfterDays: 3, lock: { passphrase: 'p' } });
  sessionStorage.setItem('consult-prep.partner', 'partner answers');
  sessionStorage.setItem('someone-else', 'not ours');
  return app;
}

describe('deleteEverything', () => {
  it('leaves nothing of ours in any storage, and says so', async () => {
    const idb = fakeIndexedDb(['consult-prep.therapist', 'other-app']);
    vi.stubGlobal('indexedDB', idb);
    const app = await appWithEverything();
    const wipe = vi.fn();
    app.registerWipe(wipe);

    const report = await app.deleteEverything();

    expect(report.leftovers).toEqual([]);
    expect(wipe).toHaveBeenCalledOnce();
    expect(allWebStorage().trim()).toBe('someone-else=not ours');
    expect([...idb.dbs]).toEqual(['other-app']);
    expect(app.useAnswersStore.getState()).toMatchObject({ ageConfirmed: false, answered: [] });
    expect(app.useStorageSettings.getState().status).toEqual({ mode: 'session' });
    // A new visit starts from nothing, in the default mode.
    const reopened = await loadFresh();
    expect(reopened.useStorageSettings.getState().status).toEqual({ mode: 'session' });
    expect(reopened.useAnswersStore.getState().ageConfirmed).toBe(false);
  });

  it('reports a database that another tab holds open', async () => {
    vi.stubGlobal(
      'indexedDB',
      fakeIndexedDb(['consult-prep.therapist'], ['consult-prep.therapist']),
    );
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const app = await loadFresh();
    const pending = app.deleteEverything();
    await vi.advanceTimersByTimeAsync(5000);
    expect((await pending).leftovers).toEqual(['indexedDB:consult-prep.therapist']);
    vi.useRealTimers();
  });
});

describe('wipeForExit', () => {
  it('forgets answers in this tab, in memory and in storage', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('individual');
    app.useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
    sessionStorage.setItem('consult-prep.partner', 'partner answers');
    const wipe = vi.fn();
    app.registerWipe(wipe);

    app.wipeForExit();

    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);
    expect(sessionStorage.length).toBe(0);
    expect(wipe).toHaveBeenCalledOnce();
  });

  it('keeps answers the person chose to save on this device, but not in memory', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('individual');
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 3, lock: 'none' });
    app.useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });

    app.wipeForExit();

    expect(app.useAnswersStore.getState().answers.concerns).toEqual([]);
    expect(localStorage.getItem(STATE_KEY)).toContain('shame');
    expect(localStorage.getItem(SETTINGS_KEY)).not.toBeNull();
  });
});
