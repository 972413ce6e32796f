import { useRef, useState, type FormEvent } from 'react';
import { helpCopy } from '../../content/help.ts';
import { countryInSentence, countryNames } from '../../content/countries.ts';
import { placeHelp, placePanelCopy } from '../../content/places.ts';
import type { CountryId } from '../../questionnaire/ids.ts';
import type { PlaceId } from '../../rules/ids.ts';
import { CountryChoice, readCountry } from './country-choice.tsx';
import { OtherPlacesHelp } from './other-places-help.tsx';

interface PlacePanelProps {
  place: PlaceId;
  /** False when the page's safety section already holds "Somewhere else?". */
  showOtherPlaces?: boolean;
  /** The panel's heading level: 2 on a results page. */
  headingLevel?: 2 | 3;
  /** Saves a new choice; without it the panel only says whose lines are shown. */
  onChange?(country: CountryId | undefined): void;
  /** A therapist's link that names where they practise: the panel says so. */
  therapist?: { name: string; country: CountryId };
}

function placeSentence(place: PlaceId): string {
  if (place === 'not-said') return placePanelCopy.notSaid;
  if (place === 'other') return placePanelCopy.showingOther;
  return placePanelCopy.showingFor(countryInSentence[place]);
}

/**
 * Whose help lines, checks and directories the results show, with the emergency number for
 * that place, and a way to change it. It prints, so a printout says which country it is for.
 */
export function PlacePanel({
  place,
  onChange,
  therapist,
  showOtherPlaces = true,
  headingLevel = 2,
}: PlacePanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const details = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  const emergency = place === 'not-said' ? helpCopy.emergency : placeHelp[place].emergency;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const country = readCountry(new FormData(event.currentTarget).get('country'));
    onChange?.(country);
    if (details.current) details.current.open = false;
    setStatus(
      country === undefined
        ? placePanelCopy.savedNotSaid
        : placePanelCopy.saved(countryInSentence[country]),
    );
  };

  return (
    <section aria-labelledby="place-heading" className="panel place-panel">
      <Heading id="place-heading">{placePanelCopy.heading}</Heading>
      <p>
        {placeSentence(place)} <strong>{emergency}</strong>
      </p>
      {therapist ? (
        <p>
          {placePanelCopy.therapistIn(therapist.name, countryNames[therapist.country])}
          {place !== therapist.country && place !== 'not-said'
            ? ` ${placePanelCopy.therapistElsewhere}`
            : null}
        </p>
      ) : null}
      {place === 'not-said' && showOtherPlaces ? (
        <OtherPlacesHelp headingLevel={headingLevel === 2 ? 3 : 2} />
      ) : null}
      {onChange ? (
        <details ref={details} className="place-panel__change no-print">
          <summary className="place-panel__summary">
            {place === 'not-said' ? placePanelCopy.choose : placePanelCopy.change}
          </summary>
          {/* Keyed by place so the radios show the saved choice each time the fold opens. */}
          <form key={place} noValidate onSubmit={onSubmit}>
            <CountryChoice
              current={place === 'not-said' ? undefined : place}
              legend={placePanelCopy.legend}
            />
            <button type="submit" className="button">
              {placePanelCopy.save}
            </button>
          </form>
        </details>
      ) : null}
      <p role="status" className="status-line no-print">
        {status}
      </p>
    </section>
  );
}
