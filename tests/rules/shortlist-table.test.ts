import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { SHORTLIST_MAX, shortlistRules } from '../../src/rules/shortlist-table.ts';
import { answersWith, maximalAnswers } from '../support/answers-fixtures.ts';

// Every row of the shortlist table, positive and negative. Positive: the answers put the row's
// question on the shortlist with a reason naming the row. Negative: near-miss answers where the
// row must not hold. Cases are written by hand, not derived from the table.

interface ShortlistCase {
  ruleId: string;
  positive: Partial<Answers>;
  negatives: Partial<Answers>[];
}

const safe = { feelsUnsafe: 'no', relationship: 'partnered' } as const;
const topic = (id: Answers['concerns'][number]): Partial<Answers> => ({
  concerns: [id],
  primaryConcern: id,
});

const cases: ShortlistCase[] = [
  {
    ruleId: 'main-topic-affair-recovery',
    positive: { ...safe, ...topic('affair-recovery') },
    negatives: [
      { ...safe, concerns: ['affair-recovery', 'low-desire'], primaryConcern: 'low-desire' },
    ],
  },
  {
    ruleId: 'main-topic-sexual-trauma',
    positive: topic('sexual-trauma'),
    negatives: [{ concerns: ['sexual-trauma', 'shame'], primaryConcern: 'shame' }],
  },
  {
    ruleId: 'main-topic-abuse-recovery',
    positive: topic('abuse-recovery'),
    negatives: [{ concerns: ['abuse-recovery', 'shame'], primaryConcern: 'shame' }],
  },
  {
    ruleId: 'main-topic-sexual-orientation',
    positive: topic('sexual-orientation'),
    negatives: [{ affirming: ['lgbtq'], ...topic('low-desire') }],
  },
  {
    ruleId: 'main-topic-gender-identity',
    positive: topic('gender-identity'),
    negatives: [{ affirming: ['gender'], ...topic('body-image') }],
  },
  {
    ruleId: 'main-topic-kink-interests',
    positive: topic('kink-interests'),
    negatives: [{ affirming: ['kink'], ...topic('communication') }],
  },
  {
    ruleId: 'main-topic-opening-relationship',
    positive: topic('opening-relationship'),
    negatives: [{ affirming: ['cnm'], ...topic('communication') }],
  },
  {
    ruleId: 'main-topic-compulsive-behavior',
    positive: topic('compulsive-behavior'),
    negatives: [{ concerns: ['compulsive-behavior', 'shame'], primaryConcern: 'shame' }],
  },
  {
    ruleId: 'main-topic-partner-choice',
    positive: topic('partner-choice'),
    negatives: [{ concerns: ['partner-choice', 'shame'], primaryConcern: 'shame' }],
  },
  {
    ruleId: 'main-topic-parenting-talk',
    positive: topic('parenting-talk'),
    negatives: [{ concerns: ['parenting-talk', 'shame'], primaryConcern: 'shame' }],
  },
  {
    ruleId: 'main-topic',
    positive: topic('low-desire'),
    negatives: [{}, topic('affair-recovery')],
  },
  {
    ruleId: 'unsafe-one-to-one',
    positive: { feelsUnsafe: 'yes' },
    negatives: [{ feelsUnsafe: 'prefer-not-to-say', ...topic('abuse-recovery') }],
  },
  { ruleId: 'licence', positive: {}, negatives: [] },
  { ruleId: 'training', positive: {}, negatives: [] },
  {
    ruleId: 'language-spanish',
    positive: { ...topic('low-desire'), language: 'castellano' },
    negatives: [{ language: 'English only' }, { language: 'Spanglish' }],
  },
  {
    ruleId: 'couples',
    positive: { who: 'couple-together', partnerTakingPart: 'yes', feelsUnsafe: 'no' },
    negatives: [
      { who: 'couple-together', partnerTakingPart: 'yes', feelsUnsafe: 'yes' },
      { relationship: 'single', ...topic('communication') },
    ],
  },
  {
    ruleId: 'affirming-lgbtq',
    positive: { affirming: ['lgbtq'] },
    negatives: [{ affirming: ['gender', 'kink'] }],
  },
  {
    ruleId: 'affirming-gender',
    positive: { affirming: ['gender'] },
    negatives: [{ affirming: ['lgbtq'] }],
  },
  {
    ruleId: 'affirming-kink',
    positive: { affirming: ['kink'] },
    negatives: [{ affirming: ['cnm'] }],
  },
  {
    ruleId: 'affirming-cnm',
    positive: { relationship: 'multiple-partners' },
    negatives: [{ affirming: ['kink'], relationship: 'married' }],
  },
  {
    ruleId: 'affirming-faith',
    positive: { affirming: ['faith-culture'] },
    negatives: [{ affirming: ['lgbtq'] }],
  },
  {
    ruleId: 'budget-insurance',
    positive: { budget: ['insurance'] },
    negatives: [{ budget: ['self-pay', 'not-sure'] }],
  },
  {
    ruleId: 'budget-sliding-scale',
    positive: { budget: ['sliding-scale'] },
    negatives: [{ budget: ['insurance'] }],
  },
  {
    ruleId: 'budget-self-pay',
    positive: { budget: ['self-pay'] },
    negatives: [{ budget: ['sliding-scale'] }],
  },
  {
    ruleId: 'video',
    positive: { sessionFormat: 'video' },
    negatives: [{ sessionFormat: 'either' }, { sessionFormat: 'in-person' }],
  },
  {
    ruleId: 'body-teamwork',
    positive: topic('erectile-difficulty'),
    negatives: [topic('communication')],
  },
  {
    ruleId: 'medicines',
    positive: { health: ['antidepressants'] },
    negatives: [{ health: ['alcohol', 'low-activity'] }],
  },
  { ruleId: 'approach', positive: {}, negatives: [] },
  { ruleId: 'cost', positive: {}, negatives: [] },
];

const ruleFor = (id: string) => shortlistRules.find((rule) => rule.id === id)!;
const rowIds = (answers: Partial<Answers>) =>
  evaluate(answersWith(answers)).shortlist.flatMap((item) =>
    item.reasons.map((reason) => reason.ruleId),
  );

describe('shortlist table', () => {
  it('has one case for every row, and no case without a row', () => {
    expect(cases.map((c) => c.ruleId).sort()).toEqual(shortlistRules.map((r) => r.id).sort());
  });

  it.each(cases)('$ruleId holds for its positive case', ({ ruleId, positive }) => {
    const result = evaluate(answersWith(positive));
    const item = result.shortlist.find((entry) => entry.id === ruleFor(ruleId).pick);
    expect(item, `${ruleFor(ruleId).pick} on the shortlist`).toBeDefined();
    expect(item!.reasons.map((reason) => reason.ruleId)).toContain(ruleId);
  });

  it.each(cases.filter((c) => c.negatives.length > 0))(
    '$ruleId does not hold for near misses',
    ({ ruleId, negatives }) => {
      for (const negative of negatives) expect(rowIds(negative), ruleId).not.toContain(ruleId);
    },
  );

  it('names each row’s answers in its reasons, except rows asked of everyone', () => {
    const result = evaluate(
      answersWith({ ...safe, ...topic('sexual-pain'), budget: ['insurance'] }),
    );
    const main = result.shortlist[0]!;
    expect(main.reasons[0]!.facts).toContainEqual({
      kind: 'concern',
      concern: 'sexual-pain',
      primary: true,
    });
    for (const item of result.shortlist) expect(item.reasons.length).toBeGreaterThan(0);
  });

  it('keeps to seven questions, in table order, however much is answered', () => {
    const result = evaluate(maximalAnswers());
    expect(result.shortlist).toHaveLength(SHORTLIST_MAX);
    const order = shortlistRules.map((rule) => rule.id);
    const firstRows = result.shortlist.map((item) => order.indexOf(item.reasons[0]!.ruleId));
    expect(firstRows).toEqual([...firstRows].sort((a, b) => a - b));
    expect(new Set(result.shortlist.map((item) => item.id)).size).toBe(SHORTLIST_MAX);
  });

  it('asks about one main topic only', () => {
    const result = evaluate(
      answersWith({
        concerns: ['affair-recovery', 'low-desire'],
        primaryConcern: 'affair-recovery',
      }),
    );
    const mainRows = result.shortlist.filter((item) =>
      item.reasons.some((reason) => reason.ruleId.startsWith('main-topic')),
    );
    expect(mainRows.map((item) => item.id)).toEqual(['affair-approach']);
  });

  it('leads with up to three of a therapist’s own questions', () => {
    const answers = answersWith(topic('low-desire'));
    expect(evaluate(answers, { therapistQuestions: 5 }).shortlist.map((i) => i.id)).toEqual([
      'therapist-0',
      'therapist-1',
      'therapist-2',
      'concern-experience',
      'licence-and-state',
      'sex-therapy-training',
      'approach-and-methods',
    ]);
    expect(evaluate(answers).shortlist[0]!.id).toBe('concern-experience');
  });

  it('never shortlists a question the rules left out', () => {
    const unsafe = evaluate(answersWith({ who: 'couple-together', feelsUnsafe: 'yes' }));
    const suggested = new Set<string>(unsafe.questions.map((item) => item.id));
    for (const item of unsafe.shortlist) expect(suggested).toContain(item.id);
    expect(unsafe.shortlist.map((item) => item.id)).not.toContain('couples-different-wants');
  });
});
