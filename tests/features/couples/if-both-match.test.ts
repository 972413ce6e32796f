import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonView } from '../../../src/features/couples/comparison-model.ts';
import { sharedParts } from '../../../src/features/couples/partner-seal.ts';
import { unionItems, type BothItems } from '../../../src/questionnaire/both-items.ts';
import type { Answers } from '../../../src/questionnaire/answers.ts';
import {
  ifBothItems,
  privateTextFields,
  shareableAnswers,
  type PrivacyMarks,
} from '../../../src/questionnaire/privacy-marks.ts';
import { compareAnswers } from '../../../src/rules/compare.ts';
import { fullAnswersArbitrary } from '../../support/couple-fixtures.ts';
import { fuzzOptions } from '../../fuzz/fuzz-inputs.ts';

// Couples on one device: the shared view shows an "only if we both" item exactly when the other
// partner named it too, and unmatched ones leave no trace: the view is the same as if they had
// been "only for me".

type Choice = 'share' | 'if-both' | 'private';
const choices = fc.constantFrom<Choice>('share', 'if-both', 'private');

/** Answers with a three-way choice per topic, hope and interest. */
const partnerArbitrary = fullAnswersArbitrary.chain((answers) =>
  fc
    .record({
      concerns: fc.array(choices, {
        minLength: answers.concerns.length,
        maxLength: answers.concerns.length,
      }),
      goals: fc.array(choices, {
        minLength: (answers.goals ?? []).length,
        maxLength: (answers.goals ?? []).length,
      }),
      affirming: fc.array(choices, {
        minLength: answers.affirming.length,
        maxLength: answers.affirming.length,
      }),
      texts: fc.subarray([...privateTextFields]),
    })
    .map(({ concerns, goals, affirming, texts }) => {
      const pick = <T>(list: readonly T[], picks: Choice[], want: Choice) =>
        list.filter((_, index) => picks[index] === want);
      const marks: PrivacyMarks = {
        concerns: pick(answers.concerns, concerns, 'private'),
        goals: pick(answers.goals ?? [], goals, 'private'),
        affirming: pick(answers.affirming, affirming, 'private'),
        texts,
        ifBoth: {
          concerns: pick(answers.concerns, concerns, 'if-both'),
          goals: pick(answers.goals ?? [], goals, 'if-both'),
          affirming: pick(answers.affirming, affirming, 'if-both'),
        },
      };
      return { answers, marks };
    }),
);

type Partner = { answers: Answers; marks: PrivacyMarks };
const named = (partner: Partner): BothItems => {
  const open = shareableAnswers(partner.answers, partner.marks);
  return unionItems(
    { concerns: open.concerns, goals: open.goals, affirming: open.affirming },
    ifBothItems(partner.answers, partner.marks),
  );
};
const sorted = (items: readonly string[]) => [...items].sort();

describe('"only if we both" on one device', () => {
  it('shows each partner exactly what they shared plus their kept items the other named', () => {
    fc.assert(
      fc.property(partnerArbitrary, partnerArbitrary, (a, b) => {
        const parts = sharedParts(a, b);
        for (const [own, other, part] of [
          [a, b, parts.a],
          [b, a, parts.b],
        ] as const) {
          const open = shareableAnswers(own.answers, own.marks);
          const kept = ifBothItems(own.answers, own.marks);
          const otherNamed = named(other);
          for (const kind of ['concerns', 'goals', 'affirming'] as const) {
            const expected = [
              ...(open[kind] as string[]),
              ...(kept[kind] as string[]).filter((id) =>
                (otherNamed[kind] as string[]).includes(id),
              ),
            ];
            expect(sorted(part[kind] as string[])).toEqual(sorted(expected));
          }
        }
      }),
      { ...fuzzOptions, numRuns: Math.min(fuzzOptions.numRuns, 2_000) },
    );
  });

  it('gives the same shared view as "only for me" for every kept item that did not match', () => {
    fc.assert(
      fc.property(partnerArbitrary, partnerArbitrary, (a, b) => {
        const unmatchedAsPrivate = (own: Partner, other: Partner): Partner => {
          const kept = ifBothItems(own.answers, own.marks);
          const otherNamed = named(other);
          const lost = <K extends keyof BothItems>(kind: K) =>
            (kept[kind] as string[]).filter((id) => !(otherNamed[kind] as string[]).includes(id));
          const stay = <K extends keyof BothItems>(kind: K) =>
            (kept[kind] as string[]).filter((id) => (otherNamed[kind] as string[]).includes(id));
          return {
            answers: own.answers,
            marks: {
              ...own.marks,
              concerns: [...own.marks.concerns, ...lost('concerns')],
              goals: [...own.marks.goals, ...lost('goals')],
              affirming: [...own.marks.affirming, ...lost('affirming')],
              ifBoth: {
                concerns: stay('concerns'),
                goals: stay('goals'),
                affirming: stay('affirming'),
              } as BothItems,
            } as PrivacyMarks,
          };
        };
        const view = (x: Partner, y: Partner) => {
          const parts = sharedParts(x, y);
          return comparisonView(compareAnswers(parts.a, parts.b, 'couple-together'), {
            a: 'Alex',
            b: 'Sam',
          });
        };
        const changedA = unmatchedAsPrivate(a, b);
        const changedB = unmatchedAsPrivate(b, a);
        expect(view(changedA, changedB)).toEqual(view(a, b));
      }),
      { ...fuzzOptions, numRuns: Math.min(fuzzOptions.numRuns, 1_000) },
    );
  });
});
