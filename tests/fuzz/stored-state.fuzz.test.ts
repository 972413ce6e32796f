import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noticeCopy } from '../../src/content/en/notices.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { serializeState, STATE_FORMAT } from '../../src/storage/persisted-state.ts';
import { parseStoredState, persistedStateSchema } from '../../src/storage/stored-state-reader.ts';
import { fullAnswersArbitrary } from '../support/couple-fixtures.ts';
import { answersLike, fuzzOptions, FUZZ_RUNS, hostileText, junk, mutated } from './fuzz-inputs.ts';

const notices = ['unreadable', 'newer-version', 'partly-restored'];

const stateLike = fc
  .record(
    {
      format: fc.oneof(fc.constant(STATE_FORMAT), hostileText),
      version: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 5 }), junk),
      ageConfirmed: fc.oneof(fc.boolean(), junk),
      answered: fc.oneof(fc.subarray([...stepIds]), fc.array(junk, { maxLength: 3 }), junk),
      answers: answersLike,
    },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));

const validState = fullAnswersArbitrary.map((answers) =>
  serializeState({ ageConfirmed: true, answered: [...stepIds], answers }),
);

const inputs = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  junk.map((value) => JSON.stringify(value) ?? 'undefined'),
  stateLike,
  validState.chain(mutated),
);

describe(`stored state decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('loads a valid state or reports a typed notice, and never throws', () => {
    fc.assert(
      fc.property(inputs, (raw) => {
        const { state, notice } = parseStoredState(raw);
        // Whatever loads is a state the app can trust.
        if (state) expect(persistedStateSchema.safeParse(state).success).toBe(true);
        if (notice) expect(notices).toContain(notice.kind);
        if (!state) expect(raw === '' || notice !== null).toBe(true);
        // What could not be kept is named in words.
        if (notice?.kind === 'partly-restored') {
          expect(notice.dropped.length).toBeGreaterThan(0);
          for (const field of notice.dropped) expect(noticeCopy.fieldNames[field]).toBeTruthy();
        }
      }),
      fuzzOptions,
    );
  });

  it('reads back every valid state exactly, with no notice', () => {
    fc.assert(
      fc.property(validState, (raw) => {
        const { state, notice } = parseStoredState(raw);
        expect(notice).toBeNull();
        const { checks, ...saved } = JSON.parse(raw) as Record<string, unknown>;
        expect(checks).toBeTypeOf('object');
        expect(state).toEqual(saved);
      }),
      fuzzOptions,
    );
  });
});
