import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { pruneAnswers } from '../../src/questionnaire/branches.ts';
import { exploringConcernIds } from '../../src/questionnaire/ids.ts';
import { asksAboutDifficulty, asksAboutSafety } from '../../src/questionnaire/steps.ts';

const partnered: Answers = {
  ...emptyAnswers(),
  concerns: ['low-desire', 'sexual-pain'],
  primaryConcern: 'sexual-pain',
  concernDetails: { 'low-desire': { bother: 'a-lot' }, 'sexual-pain': { duration: 'always' } },
  relationship: 'married',
  partnerTakingPart: 'yes',
  relationshipLength: '5-to-15-years',
  feelsUnsafe: 'no',
};

describe('pruneAnswers drops answers of branches the person left', () => {
  it('drops partner answers, but keeps the safety answer, when the person is now single', () => {
    const next = pruneAnswers({ ...partnered, relationship: 'single', feelsUnsafe: 'yes' });
    expect(next.partnerTakingPart).toBe('not-applicable');
    expect(next.relationshipLength).toBeUndefined();
    expect(next.feelsUnsafe).toBe('yes');
  });

  it('keeps the safety answer but drops partner answers when separated', () => {
    const next = pruneAnswers({ ...partnered, relationship: 'separated', feelsUnsafe: 'yes' });
    expect(next.partnerTakingPart).toBe('not-applicable');
    expect(next.relationshipLength).toBeUndefined();
    expect(next.feelsUnsafe).toBe('yes');
  });

  it('keeps partner answers while there is a partner', () => {
    expect(pruneAnswers(partnered)).toEqual(partnered);
  });

  it('drops details and the primary concern of concerns no longer chosen', () => {
    const next = pruneAnswers({ ...partnered, concerns: ['low-desire'] });
    expect(next.primaryConcern).toBeNull();
    expect(Object.keys(next.concernDetails ?? {})).toEqual(['low-desire']);
  });

  it('empties health items when the step was skipped', () => {
    const next = pruneAnswers({ ...partnered, health: ['alcohol'], healthSkipped: true });
    expect(next.health).toEqual([]);
  });
});

describe('which questions a person is asked', () => {
  it.each(['single', 'dating', 'married', 'separated', 'prefer-not-to-say'] as const)(
    'asks about safety when the relationship is %s',
    (relationship) => {
      expect(asksAboutSafety(relationship)).toBe(true);
    },
  );

  it('asks about safety only once the relationship question is answered', () => {
    expect(asksAboutSafety(undefined)).toBe(false);
  });

  it.each(exploringConcernIds)('asks %s what the person would like, not about a problem', (id) => {
    expect(asksAboutDifficulty(id)).toBe(false);
  });

  it.each(['low-desire', 'sexual-pain', 'erectile-difficulty', 'menopause'] as const)(
    'asks about onset, scope and distress for %s',
    (id) => {
      expect(asksAboutDifficulty(id)).toBe(true);
    },
  );
});
