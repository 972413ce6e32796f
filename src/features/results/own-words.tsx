import { concernCopy } from '../../content/en/concerns.ts';
import { resultsCopy } from '../../content/en/results.ts';
import { goalsCopy } from '../../content/en/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';

/** What the person said, gathered so they can arrive with their thoughts in order. */
export function OwnWords({ answers }: { answers: Answers }) {
  const rows = [
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
  if (answers.concerns.length === 0 && rows.length === 0) return null;
  return (
    <section aria-labelledby="own-words-heading">
      <h2 id="own-words-heading">{resultsCopy.ownWordsHeading}</h2>
      {answers.concerns.length > 0 ? (
        <ul className="bullets">
          {answers.concerns.map((id) => (
            <li key={id}>{concernCopy[id].label}</li>
          ))}
        </ul>
      ) : null}
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.key} className="summary-list__row">
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value pre-line">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
