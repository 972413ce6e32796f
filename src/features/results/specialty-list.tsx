import { resultsCopy } from '../../content/results.ts';
import { specialtyCopyFor } from '../../components/domain/specialty-copy.ts';
import { reasonText } from '../../content/reasons.ts';
import type { SpecialtyItem } from '../../rules/evaluate.ts';

/** The ranked specialties, each with what it means, why, what to check and what to search for. */
export function SpecialtyList({ specialties }: { specialties: readonly SpecialtyItem[] }) {
  return (
    <ol className="card-list">
      {specialties.map((item, index) => {
        const copy = specialtyCopyFor(item);
        const headingId = `specialty-${item.id}`;
        return (
          <li key={item.id} className="card" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span className="visually-hidden">{resultsCopy.rank(index + 1)}: </span>
              {copy.title}
            </h3>
            <p>{copy.meaning}</p>
            <details className="why">
              <summary>{resultsCopy.whyToggle}</summary>
              <p>{copy.whyItMayFit}</p>
              <ul className="bullets">
                {item.reasons.map((reason) => (
                  <li key={reason.ruleId}>{reasonText(reason)}</li>
                ))}
              </ul>
            </details>
            <details className="why print-hide">
              <summary>
                <h4 className="why__heading">
                  {resultsCopy.credentials}
                  <span className="visually-hidden">: {copy.title}</span>
                </h4>
              </summary>
              <ul className="bullets">
                {copy.credentials.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
            <h4>
              {resultsCopy.searchWords}
              <span className="visually-hidden">: {copy.title}</span>
            </h4>
            <ul className="tag-list">
              {copy.searchWords.map((word) => (
                <li key={word}>{word}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
