import { describe, expect, it } from 'vitest';
import { noticeCopy } from '../../src/content/en/notices.ts';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { answersToJson, parseAnswersFile } from '../../src/storage/answers-file.ts';
import {
  emptyCoupleState,
  readCoupleState,
  serializeCouple,
} from '../../src/storage/couple-store.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import { readLinkState, serializeLinkState } from '../../src/storage/therapist-link-store.ts';
import { emptyMarks, shareableAnswers } from '../../src/questionnaire/privacy-marks.ts';
import { typicalAnswers } from '../support/couple-fixtures.ts';
import { typicalLink } from '../support/therapist-link-fixtures.ts';

// The examples behind the silent-loss properties, one per row, each with its near miss.

const unsafe: Answers = {
  ...emptyAnswers(),
  concerns: ['communication'],
  primaryConcern: 'communication',
  relationship: 'partnered',
  feelsUnsafe: 'yes',
  otherConcern: 'in my own words',
};

function savedState(change: (answers: Record<string, unknown>) => void) {
  const document = JSON.parse(
    serializeState({ ageConfirmed: true, answered: [...stepIds], answers: unsafe }),
  );
  change(document.answers);
  return parseStoredState(JSON.stringify(document));
}

const withoutKey = (key: string) => (answers: Record<string, unknown>) => delete answers[key];
const renamed = (key: string, to: string) => (answers: Record<string, unknown>) => {
  answers[to] = answers[key];
  delete answers[key];
};

describe('saved state names what it could not keep', () => {
  it.each([
    ['no safety answer', withoutKey('feelsUnsafe'), 'feelsUnsafe'],
    [
      'the safety key with one changed letter',
      renamed('feelsUnsafe', 'feelsUnsafx'),
      'feelsUnsafe',
    ],
    [
      'the safety answer as a number',
      (a: Record<string, unknown>) => (a.feelsUnsafe = 1),
      'feelsUnsafe',
    ],
    ['an optional answer removed', withoutKey('otherConcern'), 'otherConcern'],
    [
      'an optional key with one changed letter',
      renamed('otherConcern', 'otherConcerm'),
      'otherConcern',
    ],
    [
      'a valid but changed main topic',
      (a: Record<string, unknown>) => (a.primaryConcern = null),
      'primaryConcern',
    ],
  ])('%s: names it, and reopens its page', (_label, change, field) => {
    const { state, notice } = savedState(change);
    expect(notice).toMatchObject({ kind: 'partly-restored' });
    expect(notice?.kind === 'partly-restored' && notice.dropped).toEqual([field]);
    expect(state?.answered).not.toContain(
      field === 'feelsUnsafe' ? 'relationship' : field === 'otherConcern' ? 'concerns' : 'details',
    );
  });

  it('counts an unreadable safety answer as "prefer not to say", so help is not hidden by a default', () => {
    const { state } = savedState(withoutKey('feelsUnsafe'));
    expect(state?.answers.feelsUnsafe).toBe('prefer-not-to-say');
    expect(noticeCopy.fieldNames.feelsUnsafe).toMatch(/^the question about feeling safe/);
  });

  it('an untouched state opens as saved, with no notice (the near miss)', () => {
    const { state, notice } = savedState(() => undefined);
    expect(notice).toBeNull();
    expect(state?.answers).toEqual(unsafe);
    expect(state?.answered).toEqual([...stepIds]);
  });

  it('a key it does not know at all is named as such, and keeps the other answers', () => {
    const { state, notice } = savedState((answers) => (answers.zzz = 1));
    expect(notice?.kind === 'partly-restored' && notice.dropped).toEqual(['unknown']);
    expect(state?.answers).toEqual(unsafe);
  });

  it('an older state without check values still opens, and still names a missing core answer', () => {
    const document = JSON.parse(
      serializeState({ ageConfirmed: true, answered: [...stepIds], answers: unsafe }),
    );
    delete document.checks;
    expect(parseStoredState(JSON.stringify(document)).notice).toBeNull();
    delete document.answers.feelsUnsafe;
    const { notice } = parseStoredState(JSON.stringify(document));
    expect(notice?.kind === 'partly-restored' && notice.dropped).toEqual(['feelsUnsafe']);
  });
});

describe('answers file', () => {
  const file = () => JSON.parse(answersToJson(unsafe));

  it('opens with a notice naming a missing answer, in words', () => {
    const document = file();
    delete document.feelsUnsafe;
    const result = parseAnswersFile(JSON.stringify(document));
    expect(result).toMatchObject({ ok: true, dropped: ['feelsUnsafe'] });
    expect(result.ok && result.answers.feelsUnsafe).toBe('prefer-not-to-say');
  });

  it.each([
    ['a version written as text', '1'],
    ['no version', undefined],
  ])('reads %s as the only version there is, with no raw key in any message', (_label, version) => {
    const document = file();
    document.version = version;
    expect(parseAnswersFile(JSON.stringify(document))).toMatchObject({ ok: true, dropped: [] });
  });

  it('refuses, kindly, a file with nothing left to read', () => {
    expect(
      parseAnswersFile(JSON.stringify({ format: 'consult-prep.answers', version: 1 })),
    ).toEqual({ ok: false, problem: 'nothing-readable' });
  });

  it('a file written before check values existed still opens unchanged', () => {
    const old = file();
    delete old.checks;
    expect(parseAnswersFile(JSON.stringify(old))).toEqual({
      ok: true,
      answers: unsafe,
      dropped: [],
    });
  });
});

describe('couple session', () => {
  const session = () => ({
    ...emptyCoupleState(),
    mode: 'together' as const,
    names: { a: 'Alex', b: 'Sam' },
    facts: { relationship: 'married' as const },
    turn: 'b' as const,
    partners: {
      a: {
        answers: typicalAnswers(),
        marks: { concerns: [], goals: [], affirming: [], texts: [] },
      },
      b: null,
    },
  });

  it('a name one character too long is cut to size, and Alex’s answers stay', () => {
    const document = JSON.parse(serializeCouple(session()));
    document.names.b = 'S'.repeat(41);
    const { state, losses } = readCoupleState(JSON.stringify(document));
    expect(state?.partners.a).toMatchObject({ answers: typicalAnswers() });
    expect(state?.names).toEqual({ a: 'Alex', b: 'S'.repeat(40) });
    expect(losses).toEqual([{ owner: null, field: 'names' }]);
  });

  it('lost "only for me" marks keep every one of that partner’s items private', () => {
    const document = JSON.parse(serializeCouple(session()));
    document.partners.a.marks = 'broken';
    const { state, losses } = readCoupleState(JSON.stringify(document));
    expect(losses).toEqual([{ owner: 'a', field: 'marks' }]);
    expect(state?.partners.a).toMatchObject({
      marks: { concerns: typicalAnswers().concerns, texts: ['betterLooksLike'] },
    });
  });

  it('a locked own view that was damaged is named; a locked view intact reads back whole', () => {
    const locked = {
      ...session(),
      partners: {
        a: {
          shared: shareableAnswers(typicalAnswers(), emptyMarks()),
          sealed: { iterations: 600_000, salt: 'c2FsdA', iv: 'aXY', data: 'Y2lwaGVy' },
        },
        b: null,
      },
    };
    expect(readCoupleState(serializeCouple(locked))).toEqual({ state: locked, losses: [] });
    const document = JSON.parse(serializeCouple(locked));
    document.partners.a.sealed.data = 'Y2lwaGVz';
    const { state, losses } = readCoupleState(JSON.stringify(document));
    expect(losses).toEqual([{ owner: 'a', field: 'record' }]);
    expect(state?.partners.a).toBeNull();
  });

  it('an untouched session reads back the same, with nothing lost (the near miss)', () => {
    const saved = session();
    const { state, losses } = readCoupleState(serializeCouple(saved));
    expect(losses).toEqual([]);
    expect(state).toEqual(saved);
  });
});

describe('therapist link state', () => {
  const saved = {
    link: typicalLink(),
    customAnswers: { '0': 'Jo', '1': 'yes' },
    questionsDone: true,
  };

  it('an answer at a place the link does not have is set aside; the link and step 7 stay', () => {
    const document = JSON.parse(serializeLinkState(saved));
    document.customAnswers['7'] = 'stray';
    const { state, losses } = readLinkState(JSON.stringify(document));
    expect(state.link).toEqual(typicalLink());
    expect(state.customAnswers).toEqual(saved.customAnswers);
    expect(losses).toEqual([{ part: 'unknown' }]);
  });

  it('an answer that no longer fits its question is named by its number', () => {
    const document = JSON.parse(serializeLinkState(saved));
    document.customAnswers['1'] = 'maybe';
    const { state, losses } = readLinkState(JSON.stringify(document));
    expect(losses).toEqual([{ part: 'answer', question: 2 }]);
    expect(state.customAnswers).toEqual({ '0': 'Jo' });
    expect(state.questionsDone).toBe(false);
  });

  it('an untouched state reads back the same (the near miss)', () => {
    expect(readLinkState(serializeLinkState(saved))).toEqual({ state: saved, losses: [] });
  });
});
