import { compareCopy } from '../../content/couples.ts';
import type { DifferenceView } from './comparison-model.ts';

export function DifferencesSection({ differences }: { differences: DifferenceView[] }) {
  return (
    <section aria-labelledby="differ-heading">
      <h2 id="differ-heading">{compareCopy.differHeading}</h2>
      <p className="print-hide">{compareCopy.differLead}</p>
      {differences.length === 0 ? <p>{compareCopy.differNothing}</p> : null}
      <ul className="card-list">
        {differences.map((difference) => (
          <li key={difference.id} className="card card--quiet">
            <h3>{difference.title}</h3>
            {difference.lines.length > 0 ? (
              <ul className="plain-list">
                {difference.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            {difference.note ? <p>{difference.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
