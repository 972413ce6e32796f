import { countryInSentence } from '../../content/countries.ts';
import { directoriesCopy } from '../../content/place-credentials.ts';
import { placePanelCopy } from '../../content/places.ts';
import type { PlaceView } from './comparison-model.ts';

/**
 * Where the partners live, in the shared view: what to check and where to search in each
 * country, so a couple in two countries sees both. Nothing shows when neither said.
 */
export function PlacesSection({ places }: { places: readonly PlaceView[] }) {
  const [first, second] = places;
  if (!first) return null;
  const lead = second
    ? placePanelCopy.bothPlaces(countryInSentence[first.country], countryInSentence[second.country])
    : placePanelCopy.onePlace(countryInSentence[first.country]);
  return (
    <section aria-labelledby="pair-places-heading">
      <h2 id="pair-places-heading">{placePanelCopy.heading}</h2>
      <p>{lead}</p>
      {places.map((place) => (
        <div key={place.country} className="card card--quiet">
          <h3>{place.name}</h3>
          <p>
            <strong>{placePanelCopy.checkHeading}</strong>
          </p>
          <ul className="bullets">
            {place.credentials.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>
            <strong>{directoriesCopy.heading}</strong>
          </p>
          <ul className="bullets">
            {place.directories.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
