import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concernCopy, sharedConcernLabel } from '../../../src/content/en/concerns.ts';
import { compareCopy, promptCopy } from '../../../src/content/en/couples.ts';
import { goalsCopy } from '../../../src/content/en/steps.ts';
import { specialtyCopy } from '../../../src/content/en/specialties.ts';
import { emptyMarks, shareableAnswers } from '../../../src/questionnaire/privacy-marks.ts';
import { compareAnswers } from '../../../src/rules/compare.ts';
import { comparisonView } from '../../../src/features/couples/comparison-model.ts';
import { comparisonMarkdown } from '../../../src/features/couples/comparison-text.ts';
import { answersWithMarksArbitrary, SEED, typicalAnswers } from '../../support/couple-fixtures.ts';

const names = { a: 'Alex', b: 'Sam' };

function markdownFor(a = typicalAnswers(), b = typicalAnswers(), marks = emptyMarks()) {
  const view = comparisonView(
    compareAnswers(shareableAnswers(a, marks), shareableAnswers(b, emptyMarks())),
    names,
  );
  return { view, text: comparisonMarkdown(view) };
}

describe('the shared printout and download', () => {
  it('hold what the couple share, where they differ, prompts and couples work first', () => {
    const { text, view } = markdownFor(
      typicalAnswers({ primaryConcern: 'communication' }),
      typicalAnswers({ concerns: ['desire-discrepancy', 'communication', 'shame'] }),
    );
    expect(text).toContain(compareCopy.bothHeading);
    expect(text).toContain(sharedConcernLabel('communication'));
    expect(text).toContain(`Alex: ${sharedConcernLabel('communication')}`);
    expect(text).toContain(promptCopy['what-to-share']);
    expect(view.specialties[0]?.id).toBe('couples-sex-therapy');
    expect(text.indexOf(specialtyCopy['couples-sex-therapy'].title)).toBeLessThan(
      text.indexOf(specialtyCopy['certified-sex-therapist'].title),
    );
  });

  it('speak as “we” or “one of us”, never “I”, and never print a partner with nothing', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, ({ answers, marks }) => {
        const { text, view } = markdownFor(answers, typicalAnswers(), marks);
        expect(text).not.toMatch(/\b(I|me|my|mine)\b/);
        for (const difference of view.differences) {
          for (const line of difference.lines) expect(line).not.toMatch(/:\s*(None)?\s*$/);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('leave out the line of a partner who named nothing of their own', () => {
    const { view } = markdownFor(
      typicalAnswers({ concerns: ['communication', 'shame'], primaryConcern: null }),
      typicalAnswers({ concerns: ['communication'], primaryConcern: null }),
    );
    const namedByOne = view.differences.find((d) => d.title === compareCopy.namedByOne)!;
    expect(namedByOne.lines).toEqual([`Alex: ${sharedConcernLabel('shame')}`]);
  });

  it('never hold a topic, hope or note one partner kept only for themselves', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, ({ answers, marks }) => {
        const other = typicalAnswers({
          concerns: [],
          goals: [],
          primaryConcern: null,
          affirming: [],
        });
        const { text } = markdownFor(answers, { ...other, betterLooksLike: undefined }, marks);
        for (const id of marks.concerns) {
          expect(text).not.toContain(concernCopy[id].label);
          expect(text).not.toContain(sharedConcernLabel(id));
        }
        for (const id of marks.goals) {
          expect(text).not.toContain(goalsCopy.labels[id]);
          expect(text).not.toContain(goalsCopy.sharedLabels[id] ?? goalsCopy.labels[id]);
        }
        for (const field of marks.texts) {
          const written = answers[field];
          if (written && written.trim().length > 12) expect(text).not.toContain(written);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('read the same whatever either partner said about feeling safe', () => {
    const calm = markdownFor(typicalAnswers({ feelsUnsafe: 'no' })).text;
    const unsafe = markdownFor(typicalAnswers({ feelsUnsafe: 'yes' })).text;
    expect(unsafe).toBe(calm);
  });
});
