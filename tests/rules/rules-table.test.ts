import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { rules } from '../../src/rules/rules-table.ts';
import { answersWith, firedRuleIds, maximalAnswers } from '../support/answers-fixtures.ts';

// Every rule, positive and negative. Positive: the answers make the rule fire, and each item it
// adds is in the result with a reason naming the rule. Negative: near-miss answers where the rule
// must not fire. The cases are written by hand, not derived from the rule under test.

interface RuleCase {
  ruleId: string;
  positive: Partial<Answers>;
  /** Near misses; `always` rules have none: they must fire for any answers. */
  negatives: Partial<Answers>[];
}

const partnered = { relationship: 'partnered' } as const;

const cases: RuleCase[] = [
  { ruleId: 'everyone-certified', positive: {}, negatives: [] },
  { ruleId: 'everyone-crisis', positive: {}, negatives: [] },
  { ruleId: 'everyone-general-questions', positive: {}, negatives: [] },
  {
    ruleId: 'concern-tailored-questions',
    positive: { concerns: ['aging'] },
    negatives: [{ concerns: [], health: ['menopause'], affirming: ['kink'] }],
  },
  {
    ruleId: 'unsafe-relationship',
    positive: { feelsUnsafe: 'yes' },
    negatives: [
      { feelsUnsafe: 'no' },
      { feelsUnsafe: 'prefer-not-to-say', concerns: ['abuse-recovery'] },
    ],
  },
  {
    ruleId: 'sexual-trauma',
    positive: { concerns: ['sexual-trauma'] },
    negatives: [{ concerns: ['abuse-recovery', 'shame'] }],
  },
  {
    ruleId: 'postpartum-support',
    positive: { health: ['pregnancy-postpartum'] },
    negatives: [{ concerns: ['menopause'], health: ['menopause'] }],
  },
  {
    ruleId: 'couples-partner-taking-part',
    positive: { partnerTakingPart: 'yes', feelsUnsafe: 'no' },
    negatives: [
      { partnerTakingPart: 'no', ...partnered },
      { partnerTakingPart: 'yes', feelsUnsafe: 'yes' },
      { who: 'couple-together', feelsUnsafe: 'yes' },
    ],
  },
  {
    ruleId: 'couples-relationship-concern',
    positive: { concerns: ['opening-relationship'], relationship: 'married' },
    negatives: [
      { concerns: ['opening-relationship'], relationship: 'single' },
      { concerns: ['desire-discrepancy'], ...partnered, feelsUnsafe: 'yes' },
      { concerns: ['low-desire', 'kink-interests'], ...partnered },
    ],
  },
  {
    ruleId: 'desire-and-closeness',
    positive: { concerns: ['intimacy-blocks'] },
    negatives: [{ concerns: ['erectile-difficulty', 'sexual-pain'] }],
  },
  {
    ruleId: 'desire-take-the-pressure-off',
    positive: { concerns: ['sexless-relationship'] },
    negatives: [{ concerns: ['reconnection', 'arousal-difficulty'] }],
  },
  {
    ruleId: 'low-desire-hormones',
    positive: { primaryConcern: 'low-desire', concerns: ['low-desire'] },
    negatives: [{ concerns: ['desire-discrepancy'] }],
  },
  {
    ruleId: 'sexual-function',
    positive: { concerns: ['delayed-ejaculation'] },
    negatives: [{ concerns: ['sexual-pain', 'low-desire'] }],
  },
  {
    ruleId: 'erection-check-up',
    positive: { concerns: ['erectile-difficulty'] },
    negatives: [{ concerns: ['orgasm-difficulty'], health: ['blood-pressure-medication'] }],
  },
  {
    ruleId: 'ejaculation-check-up',
    positive: { concerns: ['early-ejaculation'] },
    negatives: [{ concerns: ['orgasm-difficulty'] }],
  },
  {
    ruleId: 'sexual-anxiety',
    positive: { concerns: ['body-image'] },
    negatives: [{ concerns: ['erectile-difficulty'] }],
  },
  {
    ruleId: 'performance-worry',
    positive: { concerns: ['erectile-difficulty'] },
    negatives: [{ concerns: ['sexual-anxiety'] }],
  },
  {
    ruleId: 'sexual-pain',
    positive: { concerns: ['sexual-pain'] },
    negatives: [{ health: ['chronic-pain'] }],
  },
  {
    ruleId: 'affair-recovery',
    positive: { concerns: ['affair-recovery'], relationship: 'single' },
    negatives: [{ concerns: ['communication'], ...partnered }],
  },
  {
    ruleId: 'abuse-recovery',
    positive: { concerns: ['abuse-recovery'] },
    negatives: [{ feelsUnsafe: 'yes', concerns: ['sexual-trauma'] }],
  },
  {
    ruleId: 'shame-faith-culture',
    positive: { concerns: ['shame'] },
    negatives: [{ concerns: ['body-image'] }],
  },
  {
    ruleId: 'compulsive-behavior',
    positive: { concerns: ['compulsive-behavior'] },
    negatives: [{ concerns: ['kink-interests'] }],
  },
  {
    ruleId: 'life-transitions',
    positive: { concerns: ['aging'] },
    negatives: [{ health: ['menopause'] }],
  },
  {
    ruleId: 'life-stage-health',
    positive: { health: ['menopause'] },
    negatives: [{ concerns: ['menopause'], health: ['hormonal-medication'] }],
  },
  {
    ruleId: 'postpartum-pelvic-floor',
    positive: { concerns: ['postpartum'] },
    negatives: [{ concerns: ['aging'] }],
  },
  {
    ruleId: 'menopause-care',
    positive: { concerns: ['menopause'] },
    negatives: [{ concerns: ['aging'], health: ['hormonal-medication'] }],
  },
  {
    ruleId: 'illness-disability',
    positive: { concerns: ['illness-disability'] },
    negatives: [{ health: ['cancer'] }],
  },
  {
    ruleId: 'illness-health',
    positive: { health: ['chronic-pain'] },
    negatives: [{ concerns: ['illness-disability'], health: ['low-activity'] }],
  },
  {
    ruleId: 'medication-review',
    positive: { health: ['hormonal-medication'] },
    negatives: [{ health: ['alcohol', 'chronic-illness'] }],
  },
  {
    ruleId: 'alcohol-review',
    positive: { health: ['alcohol'] },
    negatives: [{ health: ['antidepressants'] }],
  },
  {
    ruleId: 'physical-activity',
    positive: { health: ['low-activity'] },
    negatives: [{ health: ['disability'] }],
  },
  {
    ruleId: 'kink-interests',
    positive: { concerns: ['interest-mismatch'] },
    negatives: [{ concerns: ['opening-relationship'] }],
  },
  {
    ruleId: 'opening-relationship',
    positive: { concerns: ['opening-relationship'] },
    negatives: [{ relationship: 'multiple-partners' }],
  },
  {
    ruleId: 'gender-identity',
    positive: { concerns: ['gender-identity'] },
    negatives: [{ affirming: ['gender'] }],
  },
  {
    ruleId: 'sexual-orientation',
    positive: { concerns: ['sexual-orientation'] },
    negatives: [{ affirming: ['lgbtq'] }],
  },
  {
    ruleId: 'partner-choice',
    positive: { concerns: ['partner-choice'] },
    negatives: [{ relationship: 'single', concerns: ['reconnection'] }],
  },
  {
    ruleId: 'parenting-talk',
    positive: { concerns: ['parenting-talk'] },
    negatives: [{ concerns: ['communication'] }],
  },
  {
    ruleId: 'affirming-lgbtq',
    positive: { affirming: ['lgbtq'] },
    negatives: [{ concerns: ['sexual-orientation'], affirming: ['gender'] }],
  },
  {
    ruleId: 'affirming-gender',
    positive: { affirming: ['gender'] },
    negatives: [{ concerns: ['gender-identity'] }],
  },
  {
    ruleId: 'affirming-kink',
    positive: { affirming: ['kink'] },
    negatives: [{ concerns: ['kink-interests'] }],
  },
  {
    ruleId: 'affirming-cnm',
    positive: { affirming: ['cnm'] },
    negatives: [{ relationship: 'multiple-partners', concerns: ['opening-relationship'] }],
  },
  {
    ruleId: 'multiple-partners',
    positive: { relationship: 'multiple-partners' },
    negatives: [{ ...partnered, affirming: ['cnm'] }],
  },
  {
    ruleId: 'affirming-faith-culture',
    positive: { affirming: ['faith-culture'] },
    negatives: [{ concerns: ['shame'] }],
  },
  // The language answer is free text: session-language.test.ts reads it case by case.
  {
    ruleId: 'sessions-in-spanish',
    positive: { language: 'Spanish or English' },
    negatives: [{}, { language: 'English' }, { language: 'no Spanish, please' }],
  },
  // Where the person lives: exactly one of these fires for any answers.
  { ruleId: 'lives-in-us', positive: { country: 'us' }, negatives: [{}, { country: 'ca' }] },
  { ruleId: 'lives-in-ca', positive: { country: 'ca' }, negatives: [{}, { country: 'us' }] },
  { ruleId: 'lives-in-uk', positive: { country: 'uk' }, negatives: [{}, { country: 'ie' }] },
  { ruleId: 'lives-in-ie', positive: { country: 'ie' }, negatives: [{}, { country: 'uk' }] },
  { ruleId: 'lives-in-au', positive: { country: 'au' }, negatives: [{}, { country: 'nz' }] },
  { ruleId: 'lives-in-nz', positive: { country: 'nz' }, negatives: [{}, { country: 'au' }] },
  { ruleId: 'lives-in-other', positive: { country: 'other' }, negatives: [{}, { country: 'us' }] },
  {
    ruleId: 'country-not-said',
    positive: {},
    negatives: [{ country: 'us' }, { country: 'other' }],
  },
];

const ruleById = new Map(rules.map((rule) => [rule.id, rule]));

describe('the rules table', () => {
  it('has exactly one positive and negative case for every rule', () => {
    expect(cases.map((c) => c.ruleId).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it.each(cases)('$ruleId fires, and adds each of its items with its reason', (c) => {
    const rule = ruleById.get(c.ruleId)!;
    const result = evaluate(answersWith(c.positive));
    const lists = {
      specialty: result.specialties,
      referral: result.referrals,
      safety: result.safety,
      question: result.questions,
      place: [result.place],
      search: result.searches,
    } as const;
    for (const add of rule.adds) {
      const item = (lists[add.kind] as { id: string; reasons: { ruleId: string }[] }[]).find(
        (found) => found.id === add.id,
      );
      expect(item, `${add.kind} ${add.id}`).toBeDefined();
      expect(item!.reasons.map((reason) => reason.ruleId)).toContain(c.ruleId);
    }
  });

  it.each(cases.filter((c) => c.negatives.length > 0))(
    '$ruleId does not fire on near misses',
    (c) => {
      for (const negative of c.negatives) {
        expect(firedRuleIds(evaluate(answersWith(negative)))).not.toContain(c.ruleId);
      }
    },
  );

  it.each(cases.filter((c) => c.negatives.length === 0))(
    '$ruleId fires for the empty and the maximal answers alike',
    (c) => {
      expect(firedRuleIds(evaluate(answersWith()))).toContain(c.ruleId);
      expect(firedRuleIds(evaluate(maximalAnswers()))).toContain(c.ruleId);
      expect(
        firedRuleIds(evaluate(answersWith({ feelsUnsafe: 'yes', relationship: 'single' }))),
      ).toContain(c.ruleId);
    },
  );

  it('names each rule once, in kebab case', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
