import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { salvageNotebook } from '../../src/questionnaire/notebook-salvage.ts';
import { notebookSchema } from '../../src/questionnaire/notebook.ts';
import { answersToJson, parseAnswersFile } from '../../src/storage/answers-file.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { parseStoredState } from '../../src/storage/stored-state-reader.ts';
import { fullAnswersArbitrary } from '../support/couple-fixtures.ts';
import { notebookArbitrary } from '../support/notebook-fixtures.ts';
import { fuzzOptions, FUZZ_RUNS, mutated } from './fuzz-inputs.ts';

describe(`notebook in the answers file and saved state (${FUZZ_RUNS.toLocaleString('en-US')} runs)`, () => {
  it('any notebook round-trips through "Download my answers" and back, with the answers', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, notebookArbitrary, (answers, notebook) => {
        const result = parseAnswersFile(answersToJson(answers, notebook));
        expect(result).toEqual({
          ok: true,
          answers,
          dropped: [],
          // An empty notebook is not written, so the file is the same as before the notebook.
          ...(notebook.therapists.length > 0 ? { notebook } : {}),
        });
      }),
      fuzzOptions,
    );
  });

  it('any notebook round-trips through saved state', () => {
    fc.assert(
      fc.property(fullAnswersArbitrary, notebookArbitrary, (answers, notebook) => {
        const raw = serializeState({ ageConfirmed: true, answered: [], answers, notebook });
        const { state, notice } = parseStoredState(raw);
        expect(notice).toBeNull();
        expect(state?.notebook).toEqual(notebook);
      }),
      fuzzOptions,
    );
  });

  it('a mutated notebook is salvaged into a valid one, and never throws', () => {
    fc.assert(
      fc.property(
        notebookArbitrary.map((notebook) => JSON.stringify(notebook)).chain(mutated),
        (text) => {
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            value = text;
          }
          const { notebook } = salvageNotebook(value);
          expect(notebookSchema.safeParse(notebook).success).toBe(true);
        },
      ),
      fuzzOptions,
    );
  });
});
