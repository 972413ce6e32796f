// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/questionnaire/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { referralIds, safetyOrder, specialtyIds } from '../../src/rules/ids.ts';
import { questionBank, questionIds } from '../../src/rules/question-ids.ts';
import { rules } from '../../src/rules/rules-table.ts';
import { allItems, answersArbitrary } from './answers-fixtures.ts';

const settings = { seed: 20261127, numRuns: 1000 } as const;
const ruleIds = new Set(rules.map((rule) => rule.id));

describe('evaluate, for any answers the schema accepts', () => {
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
        for (const [known, items] of lists) {
          const ids = items.map((item) => item.id);
          for (const id of ids) expect(known).toContain(id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        expect(result.safety.map((item) => item.id)).not.toContain('minor');
      }),
      settings,
    );
  });

  it('gives every item at least one reason, each naming a known rule and at least one answer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const item of allItems(evaluate(answers))) {
          expect(item.reasons.length).toBeGreaterThan(0);
          for (const reason of item.reasons) {
            expect(ruleIds.has(reason.ruleId)).toBe(true);
            expect(reason.facts.length).toBeGreaterThan(0);
          }
        }
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
        for (const item of result.questions)
          expect(questionBank[item.id].topic).not.toBe('couples');
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
        for (const item of evaluate(answers).questions) {
          if (!questionBank[item.id].tailored) expect(item.concerns).toEqual([]);
          for (const concern of item.concerns) expect(chosen).toContain(concern);
          if (answers.primaryConcern !== null && item.concerns.includes(answers.primaryConcern)) {
            expect(item.concerns[0]).toBe(answers.primaryConcern);
          }
        }
      }),
      settings,
    );
  });
});
