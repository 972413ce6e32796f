import { directoriesByPlace, directoriesCopy } from '../../content/place-credentials.ts';
import type { PlaceId } from '../../rules/ids.ts';

/**
 * The directories that serve where the person lives, to type the search words into. Closed
 * until opened, so the summary stays short on a phone.
 */
export function Directories({ place }: { place: PlaceId }) {
  return (
    <details className="directories">
      <summary className="more-questions__summary">{directoriesCopy.heading}</summary>
      <p>{directoriesCopy.lead}</p>
      <ul className="bullets">
        {directoriesByPlace[place].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
