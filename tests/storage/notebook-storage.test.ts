import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';
import { emptyTherapistNote, type TherapistNote } from '../../src/questionnaire/notebook.ts';
import { decodePartnerCode, encodePartnerCode } from '../../src/questionnaire/partner-code.ts';
import { emptyMarks, shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { allWebStorage, loadFresh } from '../support/load-fresh.ts';

const SECRET = 'Dr Quillon-Vexmara';

function note(patch: Partial<TherapistNote> = {}): TherapistNote {
  return {
    ...emptyTherapistNote('t-1'),
    name: SECRET,
    impressions: { self: { asked: [], warnings: ['quick-cure'], note: 'felt rushed' } },
    ...patch,
  };
}

async function appWithNotes() {
  const app = await loadFresh();
  app.useAnswersStore.getState().start('individual');
  app.useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
  expect(app.useAnswersStore.getState().saveTherapist(note())).toBe(true);
  return app;
}

describe('the notebook in storage', () => {
  it('is kept beside the answers in this tab, and read back on the next load', async () => {
    await appWithNotes();
    expect(sessionStorage.getItem(STATE_KEY)).toContain(SECRET);
    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().notebook.therapists).toEqual([note()]);
    expect(reopened.useAnswersStore.getState().answers.concerns).toEqual(['shame']);
  });

  it('is kept even before the questions were started', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().saveTherapist(note());
    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().notebook.therapists).toHaveLength(1);
    expect(reopened.useAnswersStore.getState().ageConfirmed).toBe(false);
  });

  it('writes nothing for an empty notebook before the questions, as before', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().removeTherapist('t-1');
    expect(sessionStorage.getItem(STATE_KEY)).toBeNull();
  });

  it('goes with "Delete everything"', async () => {
    const app = await appWithNotes();
    await app.deleteEverything();
    expect(app.useAnswersStore.getState().notebook.therapists).toEqual([]);
    expect(allWebStorage()).not.toContain(SECRET);
  });

  it('goes with the quick exit when kept in this tab only', async () => {
    const app = await appWithNotes();
    app.wipeForExit();
    expect(app.useAnswersStore.getState().notebook.therapists).toEqual([]);
    expect(allWebStorage()).not.toContain(SECRET);
    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().notebook.therapists).toEqual([]);
  });

  it('stays through the quick exit when saved on this device, closed until asked for', async () => {
    const app = await appWithNotes();
    await app.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 7, lock: 'none' });
    app.wipeForExit();
    expect(app.useAnswersStore.getState().notebook.therapists).toEqual([]);
    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().notebook.therapists).toEqual([]);
    expect(reopened.useStorageSettings.getState().held).toBe(true);
    reopened.useStorageSettings.getState().openHeld();
    expect(reopened.useAnswersStore.getState().notebook.therapists).toEqual([note()]);
  });

  it('a damaged notebook keeps what it can, the answers stay, and the notice names the notes', async () => {
    sessionStorage.setItem(
      STATE_KEY,
      serializeState({
        ageConfirmed: true,
        answered: ['concerns'],
        answers: { ...emptyAnswers(), concerns: ['shame'] },
        notebook: {
          version: 1,
          therapists: [{ ...note(), fees: 12 as unknown as string }, 'junk' as never],
        },
      }),
    );
    const app = await loadFresh();
    const state = app.useAnswersStore.getState();
    expect(state.notebook.therapists).toEqual([{ ...note(), fees: '' }]);
    expect(state.answers.concerns).toEqual(['shame']);
    expect(state.answered).toEqual(['concerns']);
    expect(state.loadNotice).toEqual({ kind: 'partly-restored', dropped: ['notebook'] });
  });

  it('an undamaged state gives no notice', async () => {
    await appWithNotes();
    const reopened = await loadFresh();
    expect(reopened.useAnswersStore.getState().loadNotice).toBeNull();
  });
});

describe('the notebook never travels', () => {
  it('a partner code refuses any part beyond the shared answers', async () => {
    const answers = shareableAnswers(
      { ...emptyAnswers('couple-apart'), concerns: ['shame'] },
      emptyMarks(),
    );
    const payload = { v: 1, id: 'abcdefghijkl', name: 'Alex', answers };
    const code = await encodePartnerCode(payload as never);
    const decoded = await decodePartnerCode(code, {});
    expect(decoded.ok).toBe(true);
    await expect(
      encodePartnerCode({ ...payload, notebook: { version: 1, therapists: [note()] } } as never),
    ).rejects.toThrow();
  });
});
