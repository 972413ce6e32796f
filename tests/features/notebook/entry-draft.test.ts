import { describe, expect, it } from 'vitest';
import {
  entryProblems,
  fieldIds,
  hasContent,
  keptEntry,
  questionsFor,
} from '../../../src/features/notebook/entry-draft.ts';
import {
  emptyImpression,
  emptyTherapistNote,
  NOTEBOOK_MAX_QUESTIONS,
  type TherapistNote,
} from '../../../src/questionnaire/notebook.ts';

const blank = () => emptyTherapistNote('t-1');
const withImpression = (patch: Partial<TherapistNote['impressions']['self']>) => ({
  ...blank(),
  impressions: { self: { ...emptyImpression(), ...patch } },
});

describe('questionsFor', () => {
  const plan = [
    { id: 'a', text: 'Question A?' },
    { id: 'b', text: 'Question B?' },
  ];

  it('offers every plan question, unanswered, for a new call', () => {
    expect(questionsFor(undefined, plan)).toEqual([
      { id: 'a', text: 'Question A?', note: '' },
      { id: 'b', text: 'Question B?', note: '' },
    ]);
  });

  it('keeps what was said, the words as asked, and questions the plan no longer holds', () => {
    const earlier = {
      ...emptyImpression(),
      asked: [
        { id: 'b', text: 'B as it was asked?', said: 'no' as const, note: 'not really' },
        { id: 'old', text: 'An older question?', said: 'yes' as const, note: '' },
      ],
    };
    expect(questionsFor(earlier, plan)).toEqual([
      { id: 'a', text: 'Question A?', note: '' },
      { id: 'b', text: 'B as it was asked?', said: 'no', note: 'not really' },
      { id: 'old', text: 'An older question?', said: 'yes', note: '' },
    ]);
  });

  it('never offers more than the notebook keeps', () => {
    const many = Array.from({ length: NOTEBOOK_MAX_QUESTIONS + 4 }, (_, n) => ({
      id: `q${n}`,
      text: `Q${n}?`,
    }));
    expect(questionsFor(undefined, many)).toHaveLength(NOTEBOOK_MAX_QUESTIONS);
  });
});

describe('what is kept', () => {
  it.each([
    ['nothing noted', blank(), false],
    [
      'only unanswered plan questions',
      withImpression({ asked: [{ id: 'a', text: 'A?', note: '' }] }),
      false,
    ],
    ['spaces in the name', { ...blank(), name: '   ' }, false],
    ['a name', { ...blank(), name: 'Ana' }, true],
    ['a licence checked', { ...blank(), licenceChecked: true }, true],
    ['a way to pay less', { ...blank(), cover: ['insurance' as const] }, true],
    ['a gut feeling', withImpression({ gut: 'maybe' }), true],
    ['a warning sign', withImpression({ warnings: ['shaming'] }), true],
    [
      'an answer to one question',
      withImpression({ asked: [{ id: 'a', text: 'A?', said: 'yes', note: '' }] }),
      true,
    ],
  ])('%s: has content = %s', (_name, entry, expected) => {
    expect(hasContent(entry as TherapistNote)).toBe(expected);
  });

  it('drops unanswered questions and empty impressions when saving', () => {
    const entry = withImpression({
      asked: [
        { id: 'a', text: 'A?', note: '' },
        { id: 'b', text: 'B?', said: 'yes', note: '' },
      ],
    });
    expect(keptEntry(entry).impressions.self?.asked.map((item) => item.id)).toEqual(['b']);
    expect(keptEntry(withImpression({})).impressions).toEqual({});
  });
});

describe('entryProblems', () => {
  it('accepts a full, valid entry', () => {
    expect(entryProblems({ ...blank(), name: 'Ana', date: '2026-02-28', fees: '$90' })).toEqual([]);
  });

  it.each([
    ['a name over 80 characters', { name: 'x'.repeat(81) }, fieldIds.name, /up to 80 characters/],
    ['fees over 200', { fees: 'x'.repeat(201) }, fieldIds.fees, /^Fees can be up to 200/],
    ['times over 200', { times: 'x'.repeat(250) }, fieldIds.times, /It has 250 now/],
    ['a date that does not exist', { date: '2026-02-30' }, fieldIds.date, /date of the call/],
    ['a date in another shape', { date: '30/11/2026' }, fieldIds.date, /date of the call/],
  ])('refuses %s, linking to its field', (_name, patch, fieldId, message) => {
    const problems = entryProblems({ ...blank(), ...patch });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.fieldId).toBe(fieldId);
    expect(problems[0]?.message).toMatch(message);
  });

  it('checks each partner’s notes, in page order', () => {
    const entry: TherapistNote = {
      ...blank(),
      impressions: {
        a: { ...emptyImpression(), asked: [{ id: 'q', text: 'Q?', note: 'x'.repeat(201) }] },
        b: { ...emptyImpression(), note: 'y'.repeat(1001) },
      },
    };
    expect(entryProblems(entry).map((problem) => problem.fieldId)).toEqual([
      fieldIds.questionNote('a', 0),
      fieldIds.impressionNote('b'),
    ]);
  });
});
