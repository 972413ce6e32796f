import '../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import { freshState, useAnswersStore } from '../../src/storage/answers-store.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';

describe('answers store', () => {
  it('keeps nothing in storage before the person starts', () => {
    useAnswersStore.setState(freshState());
    useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
    expect(sessionStorage.getItem(STATE_KEY)).toBeNull();
  });

  it('saves each step to this tab’s storage, in a form it can read back', () => {
    useAnswersStore.setState(freshState());
    useAnswersStore.getState().start('individual');
    useAnswersStore.getState().saveStep('concerns', { concerns: ['shame', 'body-image'] });
    const { state, notice } = parseStoredState(sessionStorage.getItem(STATE_KEY));
    expect(notice).toBeNull();
    expect(state?.answers.concerns).toEqual(['shame', 'body-image']);
    expect(state?.answered).toEqual(['concerns']);
  });

  it('keeps the steps in journey order whatever order they are saved in', () => {
    useAnswersStore.setState({ ...freshState(), ageConfirmed: true });
    useAnswersStore.getState().saveStep('goals', {});
    useAnswersStore.getState().saveStep('concerns', { concerns: ['aging'] });
    expect(useAnswersStore.getState().answered).toEqual(['concerns', 'goals']);
  });

  it('forgets everything on delete, in memory and in storage', () => {
    useAnswersStore.setState(freshState());
    useAnswersStore.getState().start('individual');
    useAnswersStore.getState().saveStep('concerns', { concerns: ['shame'] });
    useAnswersStore.getState().deleteAll();
    expect(useAnswersStore.getState().answers.concerns).toEqual([]);
    expect(useAnswersStore.getState().ageConfirmed).toBe(false);
    expect(sessionStorage.getItem(STATE_KEY)).toBeNull();
  });
});

describe('reading stored state', () => {
  it.each([
    ['truncated JSON', '{"format":"consult-prep.state","vers', 'unreadable'],
    ['another app’s data', '{"hello":1}', 'unreadable'],
    ['a newer version', '{"format":"consult-prep.state","version":9}', 'newer-version'],
  ])('starts fresh with a notice for %s', (_name, raw, kind) => {
    const { state, notice } = parseStoredState(raw);
    expect(state).toBeNull();
    expect(notice?.kind).toBe(kind);
  });

  it('keeps what it can and asks again for the steps it lost', () => {
    const raw = JSON.stringify({
      format: 'consult-prep.state',
      version: 1,
      ageConfirmed: true,
      answered: ['concerns', 'details', 'relationship'],
      answers: {
        format: 'consult-prep.answers',
        version: 1,
        who: 'individual',
        concerns: ['shame'],
        primaryConcern: 'shame',
        relationship: 'not-a-status',
        partnerTakingPart: 'no',
        feelsUnsafe: 'no',
        health: [],
        affirming: [],
      },
    });
    const { state, notice } = parseStoredState(raw);
    expect(notice).toEqual({ kind: 'partly-restored', dropped: ['relationship'] });
    expect(state?.answers.concerns).toEqual(['shame']);
    expect(state?.answered).toEqual(['concerns', 'details']);
  });
});
