import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { referralIds, safetyOrder, specialtyIds } from '../../src/rules/ids.ts';
import { questionBank, questionIds } from '../../src/rules/question-ids.ts';
import { rules } from '../../src/rules/rules-table.ts';
import { allItems, answersArbitrary } from '../support/answers-fixtures.ts';

const settings = { seed: 20261127, numRuns: 1000 } as const;
const ruleIds = new Set(rules.map((rule) => rule.id));

// 1000 runs each: generous room for a busy two-core machine.
describe('evaluate, for any answers the schema accepts', { timeout: 60_000 }, () => {
  it('only meets answers the schema accepts (the generator is honest)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(answersSchema.safeParse(answers).success).toBe(true);
      }),
      settings,
    );
  });

  it('never throws, and returns only known ids without duplicates', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = evaluate(answers);
        const lists: [readonly string[], readonly { id: string }[]][] = [
          [safetyOrder, result.safety],
          [specialtyIds, result.specialties],
          [referralIds, result.referrals],
          [questionIds, result.questions],
        ];
        // Plain checks inside the loop and one expect at the end keep 1000 runs fast.
        const problems: string[] = [];
        for (const [known, items] of lists) {
          const ids = items.map((item) => item.id);
          for (const id of ids) if (!known.includes(id)) problems.push(`unknown ${id}`);
          if (new Set(ids).size !== ids.length) problems.push(`duplicates in ${ids.join(',')}`);
        }
        expect(problems).toEqual([]);
        expect(result.safety.map((item) => item.id)).not.toContain('minor');
      }),
      settings,
    );
  });

  it('gives every item at least one reason, each naming a known rule and at least one answer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const problems: string[] = [];
        for (const item of allItems(evaluate(answers))) {
          if (item.reasons.length === 0) problems.push(`${item.id} has no reason`);
          for (const reason of item.reasons) {
            if (!ruleIds.has(reason.ruleId)) problems.push(`unknown rule ${reason.ruleId}`);
            if (reason.facts.length === 0) problems.push(`${reason.ruleId} names no answer`);
          }
        }
        expect(problems).toEqual([]);
      }),
      settings,
    );
  });

  it('always suggests a certified sex therapist and keeps crisis help reachable', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = evaluate(answers);
        expect(result.specialties.map((item) => item.id)).toContain('certified-sex-therapist');
        expect(result.safety.map((item) => item.id)).toContain('crisis');
      }),
      settings,
    );
  });

  it('gives the same output for the same input, and leaves the input alone', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const before = structuredClone(answers);
        const first = evaluate(answers);
        expect(evaluate(structuredClone(answers))).toEqual(first);
        expect(evaluate(answers)).toEqual(first);
        expect(answers).toEqual(before);
      }),
      settings,
    );
  });

  it('when a relationship feels unsafe: no couples work, and that help comes first', () => {
    fc.assert(
      fc.property(answersArbitrary, (generated) => {
        const answers = { ...generated, feelsUnsafe: 'yes' as const };
        const result = evaluate(answers);
        expect(result.specialties.map((item) => item.id)).not.toContain('couples-sex-therapy');
        expect(result.specialties.map((item) => item.id)).toContain('abuse-recovery');
        expect(result.safety[0]?.id).toBe('unsafe-relationship');
        const topics = new Set(result.questions.map((item) => questionBank[item.id].topic));
        expect(topics.has('couples')).toBe(false);
      }),
      settings,
    );
  });

  it('ranks specialties by score, and the primary concern above other concerns', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { specialties } = evaluate(answers);
        for (let i = 1; i < specialties.length; i++) {
          const [before, after] = [specialties[i - 1]!, specialties[i]!];
          expect(before.score).toBeGreaterThanOrEqual(after.score);
          if (before.score === after.score) {
            expect(specialtyIds.indexOf(before.id)).toBeLessThan(specialtyIds.indexOf(after.id));
          }
        }
        if (answers.primaryConcern !== null && answers.feelsUnsafe !== 'yes') {
          const firstFacts = specialties[0]!.reasons.flatMap((reason) => reason.facts);
          expect(firstFacts).toContainEqual({
            kind: 'concern',
            concern: answers.primaryConcern,
            primary: true,
          });
        }
      }),
      settings,
    );
  });

  it('gives every chosen concern at least one specialty of its own', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { specialties } = evaluate(answers);
        const cited = new Set(
          specialties
            .filter((item) => item.id !== 'certified-sex-therapist')
            .flatMap((item) => item.reasons.flatMap((reason) => reason.facts))
            .flatMap((fact) => (fact.kind === 'concern' ? [fact.concern] : [])),
        );
        for (const concern of answers.concerns) expect(cited).toContain(concern);
      }),
      settings,
    );
  });

  it('names concerns only in tailored questions, only chosen ones, the primary first', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const chosen = new Set([...answers.concerns, answers.primaryConcern]);
        const problems: string[] = [];
        for (const item of evaluate(answers).questions) {
          if (!questionBank[item.id].tailored && item.concerns.length > 0) {
            problems.push(`${item.id} names concerns`);
          }
          for (const concern of item.concerns) {
            if (!chosen.has(concern)) problems.push(`${item.id} names ${concern}`);
          }
          const { primaryConcern } = answers;
          if (primaryConcern !== null && item.concerns.includes(primaryConcern)) {
            if (item.concerns[0] !== primaryConcern) problems.push(`${item.id}: primary not first`);
          }
        }
        expect(problems).toEqual([]);
      }),
      settings,
    );
  });
});
