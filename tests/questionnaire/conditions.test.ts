import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  affirming,
  all,
  always,
  any,
  concern,
  conditionHolds,
  feelsUnsafe,
  health,
  not,
  partnerTakingPart,
  primary,
  relationship,
  sessionsIn,
  who,
  type Condition,
  type ConditionAnswers,
} from '../../src/questionnaire/conditions.ts';
import { stepBranches } from '../../src/questionnaire/steps.ts';
import { compileCondition, indexAnswers } from '../../src/rules/compile-condition.ts';
import { lineAudienceConditions } from '../../src/rules/line-audiences.ts';
import { rules } from '../../src/rules/rules-table.ts';
import { shortlistRules } from '../../src/rules/shortlist-table.ts';
import { answersArbitrary } from '../support/answers-fixtures.ts';

// Each condition kind, positive and negative; then the plain reading the questionnaire uses must
// agree with the compiled one the rules use, for every condition either of them holds.

const cases: [string, Condition, ConditionAnswers, boolean][] = [
  ['concern chosen', concern('low-desire'), { concerns: ['low-desire'] }, true],
  ['concern as primary only', concern('low-desire'), { primaryConcern: 'low-desire' }, true],
  ['concern not chosen', concern('low-desire'), { concerns: ['sexual-pain'] }, false],
  ['primary', primary('sexual-pain'), { primaryConcern: 'sexual-pain' }, true],
  ['primary, only listed', primary('sexual-pain'), { concerns: ['sexual-pain'] }, false],
  ['health', health('menopause'), { health: ['menopause'] }, true],
  ['health not named', health('menopause'), { health: ['alcohol'] }, false],
  ['affirming', affirming('kink'), { affirming: ['kink'] }, true],
  ['affirming not named', affirming('kink'), {}, false],
  ['relationship', relationship('married'), { relationship: 'married' }, true],
  ['relationship other', relationship('married'), { relationship: 'single' }, false],
  ['partner taking part', partnerTakingPart('yes'), { partnerTakingPart: 'yes' }, true],
  ['partner not taking part', partnerTakingPart('yes'), { partnerTakingPart: 'no' }, false],
  ['feels unsafe', feelsUnsafe('yes'), { feelsUnsafe: 'yes' }, true],
  ['feels safe', feelsUnsafe('yes'), { feelsUnsafe: 'no' }, false],
  ['who', who('couple-apart'), { who: 'couple-apart' }, true],
  ['who other', who('couple-apart'), { who: 'individual' }, false],
  ['sessions in Spanish', sessionsIn('spanish'), { language: 'Español' }, true],
  ['sessions in English', sessionsIn('spanish'), { language: 'English' }, false],
  ['no language said', sessionsIn('spanish'), {}, false],
  ['always', always(), {}, true],
  [
    'all, both hold',
    all(concern('aging'), health('menopause')),
    { concerns: ['aging'], health: ['menopause'] },
    true,
  ],
  ['all, one fails', all(concern('aging'), health('menopause')), { concerns: ['aging'] }, false],
  ['any, one holds', any(concern('aging'), health('menopause')), { health: ['menopause'] }, true],
  ['any, none holds', any(concern('aging'), health('menopause')), {}, false],
  ['not, inner fails', not(concern('aging')), {}, true],
  ['not, inner holds', not(concern('aging')), { concerns: ['aging'] }, false],
];

describe('conditionHolds', () => {
  it.each(cases)('%s', (_name, condition, answers, holds) => {
    expect(conditionHolds(condition, answers)).toBe(holds);
  });
});

describe('the questionnaire and the rules read conditions alike', () => {
  const conditions: [string, Condition][] = [
    ...rules.map((rule): [string, Condition] => [`rule ${rule.id}`, rule.when]),
    ...shortlistRules.flatMap((rule): [string, Condition][] =>
      rule.when && rule.when.op !== 'budget' && rule.when.op !== 'session-format'
        ? [[`shortlist ${rule.id}`, rule.when]]
        : [],
    ),
    ...Object.entries(stepBranches).map(([id, branch]): [string, Condition] => [
      `step branch ${id}`,
      branch.when,
    ]),
    ...Object.entries(lineAudienceConditions).map(([id, when]): [string, Condition] => [
      `line audience ${id}`,
      when,
    ]),
  ];

  it('covers the tables', () => {
    expect(conditions.length).toBeGreaterThan(rules.length);
  });

  it('agrees on every condition, for any answers', () => {
    const compiled = conditions.map(([name, condition]) => ({
      name,
      condition,
      test: compileCondition(condition),
    }));
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const index = indexAnswers(answers);
        for (const { name, condition, test } of compiled) {
          expect(conditionHolds(condition, answers), name).toBe(test(index, []));
        }
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
