import { concernCopy } from '../../content/en/concerns.ts';
import { planCopy } from '../../content/en/plan.ts';
import { resultsCopy } from '../../content/en/results.ts';
import { goalsCopy } from '../../content/en/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';

/** What the person told us, in their words: the rows of "Bring to your first session". */
export function ownWordRows(answers: Answers): { key: string; value: string }[] {
  const topics = answers.concerns.map((id) => concernCopy[id].label).join('; ');
  return [
    topics ? { key: planCopy.topicsRow, value: topics } : null,
    answers.otherConcern ? { key: resultsCopy.other, value: answers.otherConcern } : null,
    answers.goals?.length
      ? {
          key: resultsCopy.goals,
          value: answers.goals.map((goal) => goalsCopy.labels[goal]).join('; '),
        }
      : null,
    answers.betterLooksLike ? { key: resultsCopy.better, value: answers.betterLooksLike } : null,
    answers.therapistShouldKnow
      ? { key: resultsCopy.know, value: answers.therapistShouldKnow }
      : null,
  ].filter((row): row is { key: string; value: string } => row !== null);
}
