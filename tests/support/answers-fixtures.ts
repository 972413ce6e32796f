import fc from 'fast-check';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import {
  affirmingValues,
  concernIds,
  countryIds,
  feelsUnsafeValues,
  healthValues,
  partnerTakingPartValues,
  relationshipValues,
  whoValues,
} from '../../src/questionnaire/ids.ts';
import type { Evaluation } from '../../src/rules/evaluate.ts';

/** A valid answers document: the empty one with the given fields changed. */
export function answersWith(changes: Partial<Answers> = {}): Answers {
  return { ...emptyAnswers(), ...changes };
}

/** Every choice made: the largest answers set the engine can meet. */
export function maximalAnswers(): Answers {
  return answersWith({
    who: 'couple-together',
    concerns: [...concernIds],
    primaryConcern: 'sexual-pain',
    relationship: 'multiple-partners',
    partnerTakingPart: 'yes',
    feelsUnsafe: 'no',
    health: [...healthValues],
    affirming: [...affirmingValues],
  });
}

/** Any answers the schema accepts, built from the id lists (the extras are optional). */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record({
    who: fc.constantFrom(...whoValues),
    concerns: fc.uniqueArray(fc.constantFrom(...concernIds), { maxLength: concernIds.length }),
    primaryConcern: fc.option(fc.constantFrom(...concernIds), { nil: null }),
    relationship: fc.constantFrom(...relationshipValues),
    partnerTakingPart: fc.constantFrom(...partnerTakingPartValues),
    feelsUnsafe: fc.constantFrom(...feelsUnsafeValues),
    health: fc.uniqueArray(fc.constantFrom(...healthValues), { maxLength: healthValues.length }),
    affirming: fc.uniqueArray(fc.constantFrom(...affirmingValues), {
      maxLength: affirmingValues.length,
    }),
    country: fc.option(fc.constantFrom(...countryIds), { nil: undefined }),
    concernsNotSure: fc.option(fc.boolean(), { nil: undefined }),
    otherConcern: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    // Free text the rules read: a few that ask for Spanish, a few that do not, and noise.
    language: fc.option(
      fc.oneof(
        fc.constantFrom('Spanish', 'español o inglés', 'English', 'no Spanish', 'Portuguese'),
        fc.string({ maxLength: 20 }),
      ),
      { nil: undefined },
    ),
  })
  .map((core) => {
    const answers: Answers = { ...emptyAnswers(), ...core };
    // Leave optional extras out rather than present-but-undefined, as a parsed file would.
    if (answers.country === undefined) delete answers.country;
    if (answers.concernsNotSure === undefined) delete answers.concernsNotSure;
    if (answers.otherConcern === undefined) delete answers.otherConcern;
    if (answers.language === undefined) delete answers.language;
    return answers;
  });

/** "kind:id" for every item of a result, in result order. */
export function itemKeys(result: Evaluation): string[] {
  return [
    ...result.safety.map((item) => `safety:${item.id}`),
    `place:${result.place.id}`,
    ...result.specialties.map((item) => `specialty:${item.id}`),
    ...result.referrals.map((item) => `referral:${item.id}`),
    ...result.questions.map((item) => `question:${item.id}`),
    ...result.searches.map((item) => `search:${item.id}`),
  ];
}

/** Every item of a result, whatever its kind. */
export function allItems(result: Evaluation) {
  return [
    ...result.safety,
    result.place,
    ...result.specialties,
    ...result.referrals,
    ...result.questions,
    ...result.searches,
  ];
}

/** The ids of the rules that fired anywhere in a result. */
export function firedRuleIds(result: Evaluation): Set<string> {
  return new Set(allItems(result).flatMap((item) => item.reasons.map((reason) => reason.ruleId)));
}
