import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersFileCopy } from '../../src/content/en/answers-file.ts';
import { answersSchema } from '../../src/questionnaire/answers.ts';
import { answersToJson, parseAnswersFile } from '../../src/storage/answers-file.ts';
import { fullAnswersArbitrary } from '../support/couple-fixtures.ts';
import { answersLike, fuzzOptions, FUZZ_RUNS, mutated } from './fuzz-inputs.ts';

const problems = Object.keys(answersFileCopy.problems);

const inputs = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  answersLike.map((value) => JSON.stringify(value) ?? ''),
  fullAnswersArbitrary.map(answersToJson).chain(mutated),
);

describe(`answers file decoder fuzz (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('accepts valid answers or refuses with a typed problem, and never throws', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const result = parseAnswersFile(text);
        if (result.ok) expect(answersSchema.safeParse(result.answers).success).toBe(true);
        else expect(problems).toContain(result.problem);
      }),
      fuzzOptions,
    );
  });

  it('opens every file it writes', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, (answers) => {
        expect(parseAnswersFile(answersToJson(answers))).toEqual({
          ok: true,
          answers,
          dropped: [],
        });
      }),
      fuzzOptions,
    );
  });
});
