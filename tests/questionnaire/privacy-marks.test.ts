import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countMarked,
  defaultMarks,
  emptyMarks,
  privacyMarksSchema,
  shareableAnswers,
  shareableAnswersSchema,
} from '../../src/questionnaire/privacy-marks.ts';
import { answersWithMarksArbitrary, SEED, typicalAnswers } from '../support/couple-fixtures.ts';

describe('shareableAnswers', () => {
  it('keeps what is not marked and drops what is', () => {
    const answers = typicalAnswers({ therapistShouldKnow: 'a private note' });
    const shared = shareableAnswers(answers, {
      concerns: ['desire-discrepancy'],
      goals: ['feel-closer'],
      affirming: ['lgbtq'],
      texts: ['therapistShouldKnow'],
    });
    expect(shared.concerns).toEqual(['communication', 'reconnection', 'sexual-anxiety']);
    expect(shared.primaryConcern).toBeNull();
    expect(Object.keys(shared.concernDetails ?? {})).not.toContain('desire-discrepancy');
    expect(shared.goals).not.toContain('feel-closer');
    expect(shared.affirming).toEqual([]);
    expect(shared.therapistShouldKnow).toBeUndefined();
    expect(shared.betterLooksLike).toBe(answers.betterLooksLike);
  });

  it('keeps the primary concern when it is shared', () => {
    expect(shareableAnswers(typicalAnswers(), emptyMarks()).primaryConcern).toBe(
      'desire-discrepancy',
    );
  });

  it.each([
    'feelsUnsafe',
    'health',
    'healthSkipped',
    'location',
    'language',
    'questionNotes',
    'who',
  ])('never copies %s', (field) => {
    const answers = typicalAnswers({
      feelsUnsafe: 'yes',
      location: 'Ohio',
      language: 'English',
      healthSkipped: false,
    });
    expect(shareableAnswers(answers, emptyMarks())).not.toHaveProperty(field);
  });

  it('always gives a document its own schema accepts, without the private items', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, ({ answers, marks }) => {
        const shared = shareableAnswers(answers, marks);
        expect(shareableAnswersSchema.safeParse(shared).success).toBe(true);
        expect(shared).not.toHaveProperty('feelsUnsafe');
        for (const id of marks.concerns) expect(shared.concerns).not.toContain(id);
        for (const id of marks.goals) expect(shared.goals).not.toContain(id);
        for (const id of marks.affirming) expect(shared.affirming).not.toContain(id);
        for (const field of marks.texts) expect(shared).not.toHaveProperty(field);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('gives the same result whatever the safety answer', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, ({ answers, marks }) => {
        expect(shareableAnswers({ ...answers, feelsUnsafe: 'yes' }, marks)).toEqual(
          shareableAnswers({ ...answers, feelsUnsafe: 'no' }, marks),
        );
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('marks', () => {
  it('start with free text private and everything else shared', () => {
    const answers = typicalAnswers({ therapistShouldKnow: 'note' });
    expect(defaultMarks(answers)).toEqual({
      concerns: [],
      goals: [],
      affirming: [],
      texts: ['betterLooksLike', 'therapistShouldKnow'],
    });
    expect(defaultMarks(typicalAnswers({ betterLooksLike: undefined })).texts).toEqual([]);
  });

  it('count only items the person answered', () => {
    const marks = {
      concerns: ['communication', 'shame'] as const,
      goals: ['feel-closer'] as const,
      affirming: [] as const,
      texts: ['otherConcern', 'betterLooksLike'] as const,
    };
    expect(countMarked(typicalAnswers(), privacyMarksSchema.parse(marks))).toBe(3);
  });

  it('refuse a list with a repeated item', () => {
    expect(
      privacyMarksSchema.safeParse({ ...emptyMarks(), goals: ['feel-closer', 'feel-closer'] })
        .success,
    ).toBe(false);
  });
});
