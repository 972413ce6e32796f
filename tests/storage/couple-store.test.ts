import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { emptyMarks } from '../../src/questionnaire/privacy-marks.ts';
import { typicalAnswers } from '../support/couple-fixtures.ts';
import { resetModulesAsNewVisit } from '../support/load-fresh.ts';

const COUPLE_KEY = 'consult-prep.couple';
const facts = { relationship: 'married' as const, relationshipLength: '1-to-5-years' as const };

/** The stores as a new visit sees them, booted from what is in storage now. */
async function loadFresh() {
  await resetModulesAsNewVisit();
  const answers = await import('../../src/storage/answers-store.ts');
  const couple = await import('../../src/storage/couple-store.ts');
  const turns = await import('../../src/features/couples/turn-answers.ts');
  const deletion = await import('../../src/storage/delete-everything.ts');
  const settings = await import('../../src/storage/storage-settings-store.ts');
  const link = await import('../../src/storage/therapist-link-store.ts');
  return { ...answers, ...couple, ...turns, ...deletion, ...settings, ...link };
}

async function coupleWithATurnDone() {
  const app = await loadFresh();
  app.useAnswersStore.getState().start('couple-together');
  app.useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, facts);
  app.useCoupleStore.getState().startTurn();
  app.useAnswersStore.getState().replaceAnswers(typicalAnswers({ who: 'couple-together' }));
  app.useCoupleStore.getState().setDraftMarks({ ...emptyMarks(), concerns: ['communication'] });
  app.finishTurn();
  return app;
}

describe('couple store', () => {
  it('keeps the session under its own key, and a new visit in the tab reads it back', async () => {
    const before = await coupleWithATurnDone();
    expect(sessionStorage.getItem(COUPLE_KEY)).toContain('"Alex"');
    const state = before.useCoupleStore.getState();
    const after = await loadFresh();
    expect(after.useCoupleStore.getState().partners).toEqual(state.partners);
    expect(after.useCoupleStore.getState()).toMatchObject({ stage: 'turn', turn: 'b' });
  });

  it('moves a finished turn out of the answers store, which starts empty for the next partner', async () => {
    const app = await coupleWithATurnDone();
    const answers = app.useAnswersStore.getState();
    expect(answers.ageConfirmed).toBe(true);
    expect(answers.answered).toEqual([]);
    expect(answers.answers.concerns).toEqual([]);
    expect(answers.answers).toMatchObject({ who: 'couple-together', relationship: 'married' });
    expect(answers.answers.feelsUnsafe).toBe('prefer-not-to-say');
    expect(app.useCoupleStore.getState().partners.a).toMatchObject({
      answers: { concerns: expect.arrayContaining(['communication']) },
      marks: { concerns: ['communication'] },
    });
    expect(app.useCoupleStore.getState().draftMarks).toBeNull();
  });

  it('asks a therapist’s own questions afresh of the next partner, keeping the first one’s answers', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('couple-together');
    app.useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, facts);
    app.useCoupleStore.getState().startTurn();
    app.useTherapistLinkStore.setState({
      customAnswers: { '0': 'Only Alex wrote this' },
      questionsDone: true,
    });
    app.finishTurn();
    expect(app.useTherapistLinkStore.getState()).toMatchObject({
      customAnswers: {},
      questionsDone: false,
    });
    expect(app.useCoupleStore.getState().partners.a).toMatchObject({
      linkAnswers: { '0': 'Only Alex wrote this' },
    });
  });

  it('keeps a locked turn sealed in storage, and a new visit reads it back', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('couple-together');
    app.useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, facts);
    app.useCoupleStore.getState().startTurn();
    app.useAnswersStore
      .getState()
      .replaceAnswers(typicalAnswers({ who: 'couple-together', feelsUnsafe: 'yes' }));
    app.useCoupleStore.getState().setDraftMarks({ ...emptyMarks(), concerns: ['communication'] });
    expect(await app.finishTurnLocked('blue door', 1_000)).toBe(true);
    const raw = sessionStorage.getItem(COUPLE_KEY) ?? '';
    expect(raw).toContain('"sealed"');
    for (const secret of ['feelsUnsafe', 'antidepressants', '"communication"']) {
      expect(raw).not.toContain(secret);
    }
    const state = app.useCoupleStore.getState();
    const after = await loadFresh();
    expect(after.useCoupleStore.getState().partners).toEqual(state.partners);
    expect(after.useCoupleStore.getState()).toMatchObject({ stage: 'turn', turn: 'b' });
  });

  it('hands nothing over when the session ends while a turn is being locked', async () => {
    const app = await loadFresh();
    app.useAnswersStore.getState().start('couple-together');
    app.useCoupleStore.getState().beginTogether({ a: 'Alex', b: 'Sam' }, facts);
    app.useCoupleStore.getState().startTurn();
    const locking = app.finishTurnLocked('blue door', 1_000);
    app.wipeForExit();
    expect(await locking).toBe(false);
    expect(app.useCoupleStore.getState().partners).toEqual({ a: null, b: null });
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
  });

  it('goes with "delete my answers"', async () => {
    const app = await coupleWithATurnDone();
    app.useAnswersStore.getState().deleteAll();
    expect(app.useCoupleStore.getState().partners).toEqual({ a: null, b: null });
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
  });

  it('goes with "delete everything" and the quick exit', async () => {
    const app = await coupleWithATurnDone();
    await app.deleteEverything();
    expect(app.useCoupleStore.getState().mode).toBeNull();
    const again = await coupleWithATurnDone();
    again.wipeForExit();
    expect(again.useCoupleStore.getState().partners.a).toBeNull();
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
  });

  it('is not read back once the answers were deleted while it was not loaded', async () => {
    await coupleWithATurnDone();
    sessionStorage.removeItem('consult-prep.state');
    const app = await loadFresh();
    expect(app.useCoupleStore.getState().mode).toBeNull();
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
  });

  it('keeps nothing in web storage when the person chose not to save', async () => {
    const app = await coupleWithATurnDone();
    await app.useStorageSettings.getState().applyChoice({ mode: 'none' });
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
    app.useCoupleStore.getState().setOwnName('Alex');
    expect(sessionStorage.getItem(COUPLE_KEY)).toBeNull();
    expect(app.useCoupleStore.getState().ownName).toBe('Alex');
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 'x', version: 1 })],
    ['a newer version', JSON.stringify({ format: 'consult-prep.couple', version: 2 })],
    [
      'a damaged partner',
      JSON.stringify({ format: 'consult-prep.couple', version: 1, partners: 5 }),
    ],
    ['too long', 'x'.repeat(200_001)],
  ])('starts afresh from %s', async (_label, raw) => {
    const app = await loadFresh();
    expect(app.parseCoupleState(raw)).toBeNull();
  });
});
