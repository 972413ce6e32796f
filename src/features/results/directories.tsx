import { directoriesByPlace, directoriesCopy } from '../../content/place-credentials.ts';
import type { PlaceId } from '../../rules/ids.ts';

/** The directories that serve where the person lives, to type the search words into. */
export function Directories({ place }: { place: PlaceId }) {
  return (
    <div className="directories">
      <h3>{directoriesCopy.heading}</h3>
      <p>{directoriesCopy.lead}</p>
      <ul className="bullets">
        {directoriesByPlace[place].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
