import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noticeCopy } from '../../src/content/en/notices.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { answerFields } from '../../src/questionnaire/salvage.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { answersToJson, parseAnswersFile } from '../../src/storage/answers-file.ts';
import {
  readCoupleState,
  serializeCouple,
  emptyCoupleState,
  type CoupleState,
} from '../../src/storage/couple-store.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import type { CoupleLoss, LinkLoss } from '../../src/storage/session-notices.ts';
import { readLinkState, serializeLinkState } from '../../src/storage/therapist-link-store.ts';
import { shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import { answersWithMarksArbitrary, fullAnswersArbitrary } from '../support/couple-fixtures.ts';
import { minimalLink, typicalLink } from '../support/therapist-link-fixtures.ts';
import { fuzzOptions, FUZZ_RUNS } from './fuzz-inputs.ts';
import { mutatedOnce } from './key-mutations.ts';

// The promise: for any valid saved document and any single deletion, renaming or type change of
// one key anywhere in it, loading gives either exactly the same answers, or a notice that names
// every answer that changed. Never a silent difference.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The answer fields that differ between what was saved and what was read back. */
function changedFields(saved: Answers, loaded: Answers): string[] {
  return answerFields.filter((field) => !same(saved[field], loaded[field]));
}

const runs = `${FUZZ_RUNS.toLocaleString('en-US')} runs each`;
// Thousands of full documents per property: slow on a busy machine, so no per-test clock.
const FUZZ_TIMEOUT = 600_000;

describe(`no silent loss after one changed key (${runs})`, () => {
  it(
    'saved state: the same answers, or a notice naming each change',
    () => {
      const saved = fullAnswersArbitrary.chain((answers) => {
        const document = JSON.parse(
          serializeState({ ageConfirmed: true, answered: [...stepIds], answers }),
        );
        return mutatedOnce(document).map((change) => ({ answers, ...change }));
      });
      fc.assert(
        fc.property(saved, ({ answers, mutated }) => {
          const { state, notice } = parseStoredState(JSON.stringify(mutated));
          if (notice?.kind === 'unreadable' || notice?.kind === 'newer-version') return;
          expect(state).not.toBeNull();
          const named: string[] = notice?.kind === 'partly-restored' ? notice.dropped : [];
          if (named.includes('all')) return;
          for (const field of changedFields(answers, state!.answers)) {
            expect(named, `changed ${field}`).toContain(field);
          }
          if (!state!.ageConfirmed) expect(named).toContain('ageConfirmed');
          if (state!.answered.length < stepIds.length) expect(named.length).toBeGreaterThan(0);
          // A safety answer that could not be trusted counts as "prefer not to say".
          if (named.includes('feelsUnsafe')) {
            expect(state!.answers.feelsUnsafe).toBe('prefer-not-to-say');
            expect(state!.answered).not.toContain('relationship');
          }
          for (const field of named) expect(noticeCopy.fieldNames[field as 'all']).toBeTruthy();
        }),
        fuzzOptions,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers file: the same answers, or a notice naming each change, or a kind refusal',
    () => {
      const files = fullAnswersArbitrary.chain((answers) =>
        mutatedOnce(JSON.parse(answersToJson(answers))).map((change) => ({ answers, ...change })),
      );
      fc.assert(
        fc.property(files, ({ answers, mutated }) => {
          const result = parseAnswersFile(JSON.stringify(mutated));
          if (!result.ok) return; // Refused with a message: nothing the person had was changed.
          for (const field of changedFields(answers, result.answers)) {
            expect(result.dropped, `changed ${field}`).toContain(field);
          }
        }),
        fuzzOptions,
      );
    },
    FUZZ_TIMEOUT,
  );

  // The sealed part is opaque here: only its shape matters to reading a session back.
  const fakeSealed = { iterations: 600_000, salt: 'c2FsdA', iv: 'aXY', data: 'Y2lwaGVy' };

  const coupleSessions: fc.Arbitrary<CoupleState> = fc
    .record({
      a: answersWithMarksArbitrary,
      b: fc.option(answersWithMarksArbitrary, { nil: null }),
      imported: fc.option(answersWithMarksArbitrary, { nil: null }),
      names: fc.record({ a: fc.constantFrom('Alex', 'Sam', ''), b: fc.constantFrom('Jo', '') }),
      together: fc.boolean(),
      aLocked: fc.boolean(),
    })
    .map((r) => ({
      ...emptyCoupleState(),
      mode: r.together ? 'together' : 'apart',
      names: r.names,
      facts: { relationship: 'married' },
      stage: 'turn',
      turn: r.b ? 'b' : 'a',
      partners: {
        a: r.aLocked
          ? { shared: shareableAnswers(r.a.answers, r.a.marks), sealed: fakeSealed }
          : { answers: r.a.answers, marks: r.a.marks },
        b: r.b ? { answers: r.b.answers, marks: r.b.marks, linkAnswers: { '0': 'yes' } } : null,
      },
      ownName: r.together ? '' : 'Alex',
      partner: r.imported
        ? { name: 'Jo', answers: shareableAnswers(r.imported.answers, r.imported.marks) }
        : null,
    }));

  /** Whether some loss in the notice covers a change to `field` of `owner`'s part. */
  const covers = (losses: CoupleLoss[], owner: CoupleLoss['owner'], field: string) =>
    losses.some(
      (loss) =>
        (loss.owner === null && loss.field === 'all') ||
        (loss.owner === owner && [field, 'all', 'record'].includes(loss.field)),
    );

  it(
    'couple session: the same, or a notice naming each changed part',
    () => {
      const sessions = coupleSessions.chain((session) =>
        mutatedOnce(JSON.parse(serializeCouple(session))).map((change) => ({ session, ...change })),
      );
      fc.assert(
        fc.property(sessions, ({ session, mutated }) => {
          const { state, losses } = readCoupleState(JSON.stringify(mutated));
          if (state === null) {
            expect(losses).toContainEqual({ owner: null, field: 'all' });
            return;
          }
          if (!same(state.names, session.names)) expect(covers(losses, null, 'names')).toBe(true);
          if (!same(state.facts, session.facts)) expect(covers(losses, null, 'facts')).toBe(true);
          if (state.ownName !== session.ownName) expect(covers(losses, null, 'ownName')).toBe(true);
          for (const key of ['mode', 'stage', 'turn', 'draftMarks'] as const) {
            if (!same(state[key], session[key])) {
              expect(covers(losses, null, 'progress') || covers(losses, null, 'unknown')).toBe(
                true,
              );
            }
          }
          for (const slot of ['a', 'b'] as const) {
            const before = session.partners[slot];
            const after = state.partners[slot];
            if (before === null || after === null) {
              if (before !== after) expect(covers(losses, slot, 'record')).toBe(true);
              continue;
            }
            if ('sealed' in before || 'sealed' in after) {
              if (!('sealed' in before && 'sealed' in after)) {
                expect(covers(losses, slot, 'record')).toBe(true);
                continue;
              }
              if (!same(before.sealed, after.sealed))
                expect(covers(losses, slot, 'record')).toBe(true);
              for (const field of Object.keys({ ...before.shared, ...after.shared })) {
                const key = field as keyof typeof before.shared;
                if (!same(before.shared[key], after.shared[key])) {
                  expect(covers(losses, slot, field), `${slot} shared ${field}`).toBe(true);
                }
              }
              continue;
            }
            if ('shared' in after) continue;
            for (const field of changedFields(before.answers, after.answers)) {
              expect(covers(losses, slot, field), `${slot} ${field}`).toBe(true);
            }
            if (!same(before.marks, after.marks)) expect(covers(losses, slot, 'marks')).toBe(true);
            if (!same(before.linkAnswers, after.linkAnswers)) {
              expect(covers(losses, slot, 'linkAnswers')).toBe(true);
            }
          }
          const imported = [session.partner, state.partner] as const;
          if (!same(imported[0], imported[1])) {
            const fields = Object.keys({ ...imported[0]?.answers, ...imported[1]?.answers });
            const changed = fields.filter(
              (field) =>
                !same(
                  (imported[0]?.answers as Record<string, unknown> | undefined)?.[field],
                  (imported[1]?.answers as Record<string, unknown> | undefined)?.[field],
                ),
            );
            for (const field of changed) expect(covers(losses, 'partner', field)).toBe(true);
            if (imported[0]?.name !== imported[1]?.name) {
              expect(covers(losses, 'partner', 'names')).toBe(true);
            }
          }
        }),
        fuzzOptions,
      );
    },
    FUZZ_TIMEOUT,
  );

  const linkStates = fc
    .record({
      full: fc.boolean(),
      answers: fc.record(
        { '0': fc.string({ maxLength: 40 }), '1': fc.constantFrom('yes', 'no') },
        { requiredKeys: [] },
      ),
      done: fc.boolean(),
    })
    .map((r) => ({
      link: r.full ? typicalLink() : minimalLink(),
      customAnswers: r.full ? r.answers : {},
      questionsDone: r.done,
    }));

  it(
    'untouched couple sessions and link states read back exactly, with no notice',
    () => {
      fc.assert(
        fc.property(coupleSessions, (session) => {
          expect(readCoupleState(serializeCouple(session))).toEqual({ state: session, losses: [] });
        }),
        fuzzOptions,
      );
      fc.assert(
        fc.property(linkStates, (saved) => {
          expect(readLinkState(serializeLinkState(saved))).toEqual({ state: saved, losses: [] });
        }),
        fuzzOptions,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'therapist link state: the same, or a notice naming each change',
    () => {
      const states = linkStates.chain((saved) =>
        mutatedOnce(JSON.parse(serializeLinkState(saved))).map((change) => ({ saved, ...change })),
      );
      fc.assert(
        fc.property(states, ({ saved, mutated }) => {
          const { state, losses } = readLinkState(JSON.stringify(mutated));
          const has = (test: (loss: LinkLoss) => boolean) => losses.some(test);
          if (has((loss) => loss.part === 'link')) return; // The link is set aside, and said so.
          expect(state.link).toEqual(saved.link);
          const keys = new Set([
            ...Object.keys(saved.customAnswers),
            ...Object.keys(state.customAnswers),
          ]);
          for (const key of keys) {
            const before = (saved.customAnswers as Record<string, string>)[key];
            if (before === state.customAnswers[key]) continue;
            expect(
              has((loss) => loss.part === 'answer' && loss.question === Number(key) + 1) ||
                has((loss) => loss.part === 'unknown'),
              `answer ${key}`,
            ).toBe(true);
          }
          if (state.questionsDone !== saved.questionsDone) expect(losses.length).toBeGreaterThan(0);
        }),
        fuzzOptions,
      );
    },
    FUZZ_TIMEOUT,
  );
});
