import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { listenFor, signRules, type SignId } from '../../src/rules/listen-for.ts';
import { answersWith } from '../support/answers-fixtures.ts';

// Every tailored row of "What to listen for", positive and negative; rows without a condition
// are in every result.

const signsFor = (answers: Partial<Answers>) => {
  const signs = listenFor(evaluate(answersWith(answers)));
  return [...signs.good, ...signs.warning];
};

const tailored: { id: SignId; positive: Partial<Answers>; negatives: Partial<Answers>[] }[] = [
  {
    id: 'safety-asked',
    positive: { feelsUnsafe: 'yes' },
    negatives: [{ feelsUnsafe: 'prefer-not-to-say' }],
  },
  {
    id: 'both-heard',
    positive: { who: 'couple-together', feelsUnsafe: 'no' },
    negatives: [{ who: 'couple-together', feelsUnsafe: 'yes' }, { relationship: 'single' }],
  },
  {
    id: 'change-orientation',
    positive: { concerns: ['sexual-orientation'] },
    negatives: [{ affirming: ['kink', 'cnm'] }],
  },
  {
    id: 'kink-as-problem',
    positive: { concerns: ['interest-mismatch'] },
    negatives: [{ affirming: ['lgbtq'] }],
  },
  {
    id: 'shaming-cnm',
    positive: { affirming: ['cnm'] },
    negatives: [{ affirming: ['kink'] }],
  },
  {
    id: 'shaming-faith',
    positive: { concerns: ['shame'] },
    negatives: [{ affirming: ['lgbtq'] }],
  },
  {
    id: 'shaming-who-you-are',
    positive: { concerns: ['low-desire'] },
    negatives: [{ affirming: ['kink'] }, { affirming: ['gender'] }],
  },
  {
    id: 'pushes-couples-work',
    positive: { feelsUnsafe: 'yes' },
    negatives: [{ feelsUnsafe: 'no', who: 'couple-together' }],
  },
];

describe('what to listen for', () => {
  it('has a case for every row with a condition', () => {
    expect(tailored.map((c) => c.id).sort()).toEqual(
      signRules
        .filter((rule) => rule.if || rule.unless)
        .map((rule) => rule.id)
        .sort(),
    );
  });

  it.each(tailored)('$id holds for its positive case', ({ id, positive }) => {
    expect(signsFor(positive)).toContain(id);
  });

  it.each(tailored)('$id does not hold for near misses', ({ id, negatives }) => {
    for (const negative of negatives) expect(signsFor(negative)).not.toContain(id);
  });

  it('always lists the general signs, good ones and warnings', () => {
    const signs = listenFor(evaluate(answersWith()));
    expect(signs.good).toEqual(expect.arrayContaining(['heard-not-judged', 'gut-feeling']));
    expect(signs.warning).toEqual(
      expect.arrayContaining(['touch-or-nudity', 'quick-cure', 'no-licence']),
    );
  });

  it('puts the tailored warning first', () => {
    expect(listenFor(evaluate(answersWith({ affirming: ['kink'] }))).warning[0]).toBe(
      'kink-as-problem',
    );
  });
});
