import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, STATE_KEY } from '../../src/storage/storage-backend.ts';
import { allWebStorage, loadFresh } from '../support/load-fresh.ts';

const SECRET = 'words only I should see';

async function startWithAnswers() {
  const app = await loadFresh();
  app.useAnswersStore.getState().start('individual');
  app.useAnswersStore.getState().saveStep('concerns', {
    concerns: ['communication'],
    otherConcern: SECRET,
  });
  return app;
}

describe('storage modes', () => {
  it('keeps answers in this tab by default', async () => {
    await startWithAnswers();
    expect(sessionStorage.getItem(STATE_KEY)).toContain(SECRET);
    expect(localStorage.length).toBe(0);
  });

  it('moves answers to this device, and back to this tab', async () => {
    const app = await startWithAnswers();
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 10, lock: 'none' });
    expect(localStorage.getItem(STATE_KEY)).toContain(SECRET);
    expect(sessionStorage.getItem(STATE_KEY)).toBeNull();
    expect(app.useStorageSettings.getState().status).toMatchObject({
      mode: 'device',
      forgetAfterDays: 10,
    });

    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().answers.otherConcern).toBe(SECRET);
    await reopened.useStorageSettings.getState().applyChoice({ mode: 'session' });
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem(STATE_KEY)).toContain(SECRET);
  });

  it('keeps nothing in storage when the person chooses not to save', async () => {
    const app = await startWithAnswers();
    await app.useStorageSettings.getState().applyChoice({ mode: 'none' });
    expect(allWebStorage()).not.toContain(SECRET);
    expect(app.useAnswersStore.getState().answers.otherConcern).toBe(SECRET);
    app.useAnswersStore.getState().saveStep('goals', { betterLooksLike: 'more words' });
    expect(allWebStorage()).not.toContain('more words');

    // A reload loses the answers, as the person was told, and does not start saving again.
    const reloaded = await loadFresh();
    expect(reloaded.useStorageSettings.getState().status).toEqual({ mode: 'none' });
    expect(reloaded.useAnswersStore.getState().ageConfirmed).toBe(false);
  });

  it('locks answers with a passphrase that is never stored', async () => {
    const app = await startWithAnswers();
    const passphrase = 'blue kettle on a Sunday';
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 5, lock: { passphrase } });
    app.useAnswersStore.getState().saveStep('goals', { betterLooksLike: 'more words' });
    await app.currentModeBackend().flush();
    const stored = allWebStorage();
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain('more words');
    expect(stored).not.toContain(passphrase);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ locked: true });

    const reopened = await loadFresh();
    const settings = reopened.useStorageSettings.getState();
    expect(settings.pendingUnlock).not.toBeNull();
    expect(reopened.useAnswersStore.getState().ageConfirmed).toBe(false);
    expect(await settings.unlock('not it')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await settings.unlock(passphrase)).toEqual({ ok: true });
    expect(reopened.useStorageSettings.getState().pendingUnlock).toBeNull();
    expect(reopened.useAnswersStore.getState().answers).toMatchObject({
      otherConcern: SECRET,
      betterLooksLike: 'more words',
    });
  });

  it('keeps a lock chosen before any answer, and forgets locked answers on request', async () => {
    const app = await loadFresh();
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 5, lock: { passphrase: 'early' } });
    const reopened = await loadFresh();
    expect(reopened.useStorageSettings.getState().pendingUnlock).not.toBeNull();
    reopened.useStorageSettings.getState().forgetLocked();
    expect(reopened.useStorageSettings.getState()).toMatchObject({
      status: { mode: 'session' },
      pendingUnlock: null,
    });
    expect(localStorage.length).toBe(0);
  });

  it('keeps the same passphrase when only the number of days changes', async () => {
    const app = await startWithAnswers();
    const settings = () => app.useStorageSettings.getState();
    await settings().applyChoice({ mode: 'device', forgetAfterDays: 5, lock: { passphrase: 'p' } });
    await settings().applyChoice({ mode: 'device', forgetAfterDays: 9, lock: 'keep' });
    await app.currentModeBackend().flush();
    const reopened = await loadFresh();
    expect(reopened.useStorageSettings.getState().status).toMatchObject({ forgetAfterDays: 9 });
    expect(await reopened.useStorageSettings.getState().unlock('p')).toEqual({ ok: true });
    expect(reopened.useAnswersStore.getState().answers.otherConcern).toBe(SECRET);
  });
});
