import { reasonText } from '../../content/reasons.ts';
import { resultsCopy } from '../../content/results.ts';
import { searchCopy } from '../../content/specialties.ts';
import type { SearchItem } from '../../rules/evaluate.ts';

/**
 * Words to add to any directory search, such as the language filter for sessions in Spanish. Cards
 * like the specialties', so they print and sit with the search words they go with.
 */
export function ExtraSearches({ searches }: { searches: readonly SearchItem[] }) {
  if (searches.length === 0) return null;
  return (
    <ul className="card-list">
      {searches.map((item) => {
        const copy = searchCopy[item.id];
        const headingId = `search-${item.id}`;
        return (
          <li key={item.id} className="card" aria-labelledby={headingId}>
            <h3 id={headingId}>{copy.title}</h3>
            <p>{copy.meaning}</p>
            <details className="why">
              <summary>{resultsCopy.whyToggle}</summary>
              <ul className="bullets">
                {item.reasons.map((reason) => (
                  <li key={reason.ruleId}>{reasonText(reason)}</li>
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
    </ul>
  );
}
