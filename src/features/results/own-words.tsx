import { bringLines, planCopy } from '../../content/plan.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { ownWordRows } from './own-word-rows.ts';

/** "Bring to your first session": medicines, what was tried, stresses, and their own words. */
export function OwnWords({ answers }: { answers: Answers }) {
  const rows = ownWordRows(answers);
  return (
    <section aria-labelledby="own-words-heading">
      <h2 id="own-words-heading">{planCopy.bringHeading}</h2>
      <ul className="bullets">
        {bringLines(answers).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {rows.length > 0 ? (
        <>
          <h3>{planCopy.ownWordsSubheading}</h3>
          <dl className="summary-list">
            {rows.map((row) => (
              <div key={row.key} className="summary-list__row">
                <dt className="summary-list__key">{row.key}</dt>
                <dd className="summary-list__value pre-line">{row.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
