import fc from 'fast-check';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import {
  affirmingValues,
  botherValues,
  budgetValues,
  concernIds,
  durationValues,
  feelsUnsafeValues,
  goalIds,
  healthValues,
  partnerTakingPartValues,
  relationshipLengthValues,
  relationshipValues,
  scopeValues,
  sessionFormatValues,
  therapistGenderValues,
} from '../../src/questionnaire/ids.ts';
import { privateTextFields, type PrivacyMarks } from '../../src/questionnaire/privacy-marks.ts';

/** A fixed seed keeps property runs repeatable in CI. */
export const SEED = 20_261_204;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const someOf = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });

const detailArbitrary = fc.record(
  {
    duration: fc.constantFrom(...durationValues),
    scope: fc.constantFrom(...scopeValues),
    bother: fc.constantFrom(...botherValues),
  },
  { requiredKeys: [] },
);

/** Any full answers document, the optional extras included, as the journey can produce. */
export const fullAnswersArbitrary: fc.Arbitrary<Answers> = fc
  .record({
    concerns: someOf(concernIds),
    primaryIndex: fc.nat(),
    relationship: fc.constantFrom(...relationshipValues),
    partnerTakingPart: fc.constantFrom(...partnerTakingPartValues),
    feelsUnsafe: fc.constantFrom(...feelsUnsafeValues),
    health: someOf(healthValues),
    affirming: someOf(affirmingValues),
    details: fc.array(detailArbitrary, { maxLength: concernIds.length }),
    otherConcern: maybe(fc.string({ minLength: 1, maxLength: 60 })),
    relationshipLength: maybe(fc.constantFrom(...relationshipLengthValues)),
    goals: someOf(goalIds),
    betterLooksLike: maybe(fc.string({ minLength: 1, maxLength: 120 })),
    therapistShouldKnow: maybe(fc.string({ minLength: 1, maxLength: 120 })),
    sessionFormat: maybe(fc.constantFrom(...sessionFormatValues)),
    therapistGender: maybe(fc.constantFrom(...therapistGenderValues)),
    budget: someOf(budgetValues),
  })
  .map((r) => {
    const answers: Answers = {
      ...emptyAnswers('couple-together'),
      concerns: r.concerns,
      primaryConcern:
        r.concerns.length > 0 ? r.concerns[r.primaryIndex % r.concerns.length]! : null,
      relationship: r.relationship,
      partnerTakingPart: r.partnerTakingPart,
      feelsUnsafe: r.feelsUnsafe,
      health: r.health,
      affirming: r.affirming,
      goals: r.goals,
      budget: r.budget,
      concernDetails: Object.fromEntries(
        r.concerns.flatMap((id, i) => (r.details[i] ? [[id, r.details[i]]] : [])),
      ),
    };
    for (const key of [
      'otherConcern',
      'relationshipLength',
      'betterLooksLike',
      'therapistShouldKnow',
      'sessionFormat',
      'therapistGender',
    ] as const) {
      if (r[key] !== undefined) Object.assign(answers, { [key]: r[key] });
    }
    return answers;
  });

/** Answers with some of their own items marked "only for me". */
export const answersWithMarksArbitrary: fc.Arbitrary<{ answers: Answers; marks: PrivacyMarks }> =
  fullAnswersArbitrary.chain((answers) =>
    fc
      .record({
        concerns: fc.subarray(answers.concerns),
        goals: fc.subarray(answers.goals ?? []),
        affirming: fc.subarray(answers.affirming),
        texts: fc.subarray([...privateTextFields]),
      })
      .map((marks) => ({ answers, marks })),
  );

/** A typical couple answer set, as used for the code size in the docs. */
export function typicalAnswers(changes: Partial<Answers> = {}): Answers {
  return {
    ...emptyAnswers('couple-apart'),
    concerns: ['desire-discrepancy', 'communication', 'reconnection', 'sexual-anxiety'],
    primaryConcern: 'desire-discrepancy',
    concernDetails: {
      'desire-discrepancy': { duration: '1-to-5-years', scope: 'every-situation', bother: 'a-lot' },
      communication: { duration: 'over-5-years', bother: 'somewhat' },
      reconnection: { bother: 'a-lot' },
      'sexual-anxiety': {
        duration: '6-to-12-months',
        scope: 'some-situations',
        bother: 'a-little',
      },
    },
    relationship: 'married',
    relationshipLength: '5-to-15-years',
    partnerTakingPart: 'yes',
    feelsUnsafe: 'no',
    health: ['antidepressants'],
    goals: ['talk-more-openly', 'feel-closer', 'agree-as-partners', 'feel-less-anxious'],
    betterLooksLike: 'We laugh together again and can talk about sex without a fight.',
    affirming: ['lgbtq'],
    sessionFormat: 'video',
    therapistGender: 'no-preference',
    budget: ['insurance'],
    ...changes,
  };
}
