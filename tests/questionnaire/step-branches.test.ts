import { describe, expect, it } from 'vitest';
import { conditionHolds, type ConditionAnswers } from '../../src/questionnaire/conditions.ts';
import {
  concernIds,
  exploringConcernIds,
  relationshipValues,
} from '../../src/questionnaire/ids.ts';
import { stepBranches, type StepBranchId } from '../../src/questionnaire/steps.ts';

// The step branches as a table, like the rules: every branch has a case where it asks and one
// where it does not. Per-concern branches are read against that one concern alone.

const cases: [StepBranchId, string, ConditionAnswers, boolean][] = [
  ['partner', 'a married person', { relationship: 'married' }, true],
  ['partner', 'someone dating', { relationship: 'dating' }, true],
  ['partner', 'someone with more than one partner', { relationship: 'multiple-partners' }, true],
  ['partner', 'a single person', { relationship: 'single' }, false],
  ['partner', 'someone separated', { relationship: 'separated' }, false],
  ['partner', 'someone who would rather not say', { relationship: 'prefer-not-to-say' }, false],
  ['partner', 'someone who has not answered yet', {}, false],
  ['safety', 'a single person', { relationship: 'single' }, true],
  ['safety', 'someone who would rather not say', { relationship: 'prefer-not-to-say' }, true],
  ['safety', 'a married person', { relationship: 'married' }, true],
  ['safety', 'someone who has not answered yet', {}, false],
  ['difficulty', 'low desire', { concerns: ['low-desire'] }, true],
  ['difficulty', 'pain during sex', { concerns: ['sexual-pain'] }, true],
  ['difficulty', 'a topic to explore (kink interests)', { concerns: ['kink-interests'] }, false],
];

describe('step branches', () => {
  it('has a positive and a negative case for every branch', () => {
    for (const id of Object.keys(stepBranches)) {
      const outcomes = cases.filter(([branch]) => branch === id).map(([, , , asks]) => asks);
      expect(outcomes, id).toContain(true);
      expect(outcomes, id).toContain(false);
    }
  });

  it.each(cases)('%s: for %s, asks = %s', (id, _who, answers, asks) => {
    expect(conditionHolds(stepBranches[id].when, answers)).toBe(asks);
  });

  it('asks about a partner for exactly the relationships with a partner now', () => {
    const asked = relationshipValues.filter((relationship) =>
      conditionHolds(stepBranches.partner.when, { relationship }),
    );
    expect(asked).toEqual(['dating', 'partnered', 'married', 'multiple-partners']);
  });

  it('asks about safety for every relationship answer', () => {
    for (const relationship of relationshipValues) {
      expect(conditionHolds(stepBranches.safety.when, { relationship }), relationship).toBe(true);
    }
  });

  it('asks onset, scope and distress of every difficulty and of no topic someone explores', () => {
    for (const id of concernIds) {
      const asked = conditionHolds(stepBranches.difficulty.when, { concerns: [id] });
      expect(asked, id).toBe(!exploringConcernIds.includes(id));
    }
  });
});
