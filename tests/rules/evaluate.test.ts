import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate.ts';
import { safetyOrder } from '../../src/rules/ids.ts';
import { under18Safety } from '../../src/rules/under-18.ts';
import { answersWith, maximalAnswers } from '../support/answers-fixtures.ts';

describe('evaluate', () => {
  it('says which answers made a rule fire', () => {
    const result = evaluate(
      answersWith({
        concerns: ['sexual-pain', 'postpartum'],
        primaryConcern: 'sexual-pain',
        health: ['pregnancy-postpartum'],
      }),
    );
    const pelvicFloor = result.referrals.find((item) => item.id === 'pelvic-floor-pt')!;
    expect(pelvicFloor.reasons).toEqual([
      {
        ruleId: 'sexual-pain',
        facts: [{ kind: 'concern', concern: 'sexual-pain', primary: true }],
      },
      {
        ruleId: 'postpartum-pelvic-floor',
        facts: [
          { kind: 'concern', concern: 'postpartum', primary: false },
          { kind: 'health', item: 'pregnancy-postpartum' },
        ],
      },
    ]);
    expect(result.referrals[0]?.id).toBe('pelvic-floor-pt');
  });

  it('counts a primary concern missing from the concern list as chosen', () => {
    const result = evaluate(answersWith({ concerns: [], primaryConcern: 'parenting-talk' }));
    expect(result.specialties[0]?.id).toBe('sexuality-education');
  });

  it('shows safety items in the documented order', () => {
    const result = evaluate(
      answersWith({
        feelsUnsafe: 'yes',
        concerns: ['postpartum', 'sexual-trauma'],
      }),
    );
    expect(result.safety.map((item) => item.id)).toEqual([
      'unsafe-relationship',
      'sexual-assault',
      'postpartum-support',
      'crisis',
    ]);
    expect(safetyOrder.slice(1)).toEqual(result.safety.map((item) => item.id));
  });

  it('ranks concerns above what everyone gets, and that above preferences', () => {
    const result = evaluate(
      answersWith({ concerns: ['kink-interests'], affirming: ['faith-culture'] }),
    );
    expect(result.specialties.map((item) => item.id)).toEqual([
      'kink-aware',
      'certified-sex-therapist',
      'faith-culture-sensitive',
    ]);
  });

  it('ranks a specialty that fits more concerns above one that fits fewer', () => {
    const result = evaluate(
      answersWith({ concerns: ['low-desire', 'reconnection', 'erectile-difficulty'] }),
    );
    expect(result.specialties.map((item) => item.id).slice(0, 2)).toEqual([
      'desire-intimacy',
      'sexual-function',
    ]);
  });

  it('breaks ties by the order of the specialty list', () => {
    const result = evaluate(answersWith({ affirming: ['faith-culture', 'lgbtq', 'kink'] }));
    expect(result.specialties.map((item) => item.id)).toEqual([
      'certified-sex-therapist',
      'kink-aware',
      'lgbtq-affirming',
      'faith-culture-sensitive',
    ]);
  });

  it('names the main topic alone in a tailored question, else the topics its reasons name', () => {
    const result = evaluate(
      answersWith({
        concerns: ['menopause', 'erectile-difficulty', 'shame'],
        primaryConcern: 'shame',
      }),
    );
    const experience = result.questions.find((item) => item.id === 'concern-experience')!;
    expect(experience.concerns).toEqual(['shame']);
    const noMain = evaluate(
      answersWith({ concerns: ['menopause', 'shame'], primaryConcern: null }),
    );
    const general = noMain.questions.find((item) => item.id === 'concern-experience')!;
    expect(general.concerns).toEqual(['shame', 'menopause']);
    const doctors = result.questions.find((item) => item.id === 'body-work-with-doctors')!;
    expect(doctors.concerns).toEqual(['erectile-difficulty', 'menopause']);
    const fees = result.questions.find((item) => item.id === 'fees')!;
    expect(fees.concerns).toEqual([]);
  });

  it('handles the maximal answers', () => {
    const result = evaluate(maximalAnswers());
    expect(result.specialties[0]?.id).toBe('sexual-pain-pelvic');
    expect(result.questions.length).toBeGreaterThan(40);
  });
});

describe('under18Safety', () => {
  it('is where the minor item comes from, with crisis help after it', () => {
    const items = under18Safety();
    expect(items.map((item) => item.id)).toEqual(['minor', 'crisis']);
    for (const item of items) expect(item.reasons[0]?.facts).toEqual([{ kind: 'under-18' }]);
  });
});
