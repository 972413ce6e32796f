import { describe, expect, it } from 'vitest';
import { migrateState, stateMigrations, type Migrations } from '../../src/storage/migrations.ts';
import { STATE_FORMAT, STATE_VERSION } from '../../src/storage/persisted-state.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import { emptyAnswers } from '../../src/questionnaire/answers.ts';

// A made-up version 0 that kept the steps as a comma-separated string, to prove the path.
const fromZero: Migrations = {
  0: ({ steps, ...state }) => ({
    ...state,
    answered: String(steps ?? '')
      .split(',')
      .filter(Boolean),
  }),
};

const versionZero = JSON.stringify({
  format: STATE_FORMAT,
  version: 0,
  ageConfirmed: true,
  steps: 'concerns,details',
  answers: emptyAnswers(),
});

describe('saved-state migrations', () => {
  it('has a step from every released version up to the current one', () => {
    for (let version = 1; version < STATE_VERSION; version += 1) {
      expect(stateMigrations[version], `migration from ${version}`).toBeTypeOf('function');
    }
  });

  it('brings an old state up to date and opens it', () => {
    const { state, notice } = parseStoredState(versionZero, fromZero);
    expect(notice).toBeNull();
    expect(state).toMatchObject({ version: STATE_VERSION, answered: ['concerns', 'details'] });
  });

  it('reports an old state it has no step for', () => {
    expect(parseStoredState(versionZero, {}).notice).toEqual({ kind: 'unreadable' });
  });

  it('reports a step that fails, without throwing', () => {
    const broken: Migrations = {
      0: () => {
        throw new Error('bad data');
      },
    };
    expect(parseStoredState(versionZero, broken).notice).toEqual({ kind: 'unreadable' });
  });

  it('stamps each step with the next version number', () => {
    const chain: Migrations = { 1: (s) => ({ ...s, a: 1 }), 2: (s) => ({ ...s, b: 2 }) };
    expect(migrateState({ version: 1 }, 3, chain)).toEqual({ version: 3, a: 1, b: 2 });
    expect(migrateState({ version: 1 }, 3, { 1: chain[1]! })).toBeNull();
  });
});
