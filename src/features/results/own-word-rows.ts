import { concernCopy } from '../../content/concerns.ts';
import { planCopy } from '../../content/plan.ts';
import { resultsCopy } from '../../content/results.ts';
import { detailsCopy, goalsCopy } from '../../content/steps.ts';
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
    ...wishRows(answers),
    answers.betterLooksLike ? { key: resultsCopy.better, value: answers.betterLooksLike } : null,
    answers.therapistShouldKnow
      ? { key: resultsCopy.know, value: answers.therapistShouldKnow }
      : null,
  ].filter((row): row is { key: string; value: string } => row !== null);
}

/** For each topic the person explores: what they said they would like from a therapist. */
function wishRows(answers: Answers): { key: string; value: string }[] {
  return answers.concerns.flatMap((id) => {
    const wishes = (answers.concernDetails?.[id]?.wishes ?? []).filter(
      (wish) => wish !== 'not-sure' && wish !== 'prefer-not-to-say',
    );
    if (wishes.length === 0) return [];
    const value = wishes.map((wish) => detailsCopy.wishLabels[wish]).join('; ');
    return [{ key: planCopy.wishesRow(concernCopy[id].short), value }];
  });
}
