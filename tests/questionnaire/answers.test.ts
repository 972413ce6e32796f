import { describe, expect, it } from 'vitest';
import { answersSchema, emptyAnswers } from '../../src/questionnaire/answers.ts';
import { salvageAnswers } from '../../src/questionnaire/salvage.ts';

describe('answersSchema', () => {
  it('accepts the core format alone, as the domain brief gives it', () => {
    const core = {
      format: 'consult-prep.answers',
      version: 1,
      who: 'couple-apart',
      concerns: ['communication'],
      primaryConcern: null,
      relationship: 'partnered',
      partnerTakingPart: 'yes',
      feelsUnsafe: 'no',
      health: ['alcohol'],
      affirming: ['lgbtq'],
    };
    expect(answersSchema.safeParse(core).success).toBe(true);
  });

  it.each([
    ['an unknown concern', { concerns: ['not-a-concern'] }],
    ['a repeated concern', { concerns: ['shame', 'shame'] }],
    ['a wrong format name', { format: 'something-else' }],
    ['another version', { version: 2 }],
    ['an over-long free text', { betterLooksLike: 'x'.repeat(5000) }],
    ['an unknown relationship', { relationship: 'complicated' }],
  ])('refuses %s', (_name, change) => {
    expect(answersSchema.safeParse({ ...emptyAnswers(), ...change }).success).toBe(false);
  });
});

describe('salvageAnswers', () => {
  it('keeps the valid answers and names the damaged ones', () => {
    const { answers, dropped } = salvageAnswers({
      ...emptyAnswers(),
      concerns: ['shame', 'made-up'],
      relationship: 42,
      goals: ['feel-closer'],
    });
    expect(answers.concerns).toEqual(['shame']);
    expect(answers.relationship).toBe('prefer-not-to-say');
    expect(answers.goals).toEqual(['feel-closer']);
    expect(dropped.sort()).toEqual(['concerns', 'relationship']);
  });

  it('starts fresh from something that is not an object', () => {
    expect(salvageAnswers('nonsense')).toEqual({ answers: emptyAnswers(), dropped: ['all'] });
  });
});
