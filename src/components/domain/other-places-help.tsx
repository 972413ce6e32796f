import { countryNames } from '../../content/countries.ts';
import { otherPlacesCopy, placeHelp } from '../../content/places.ts';
import { otherListedCountries } from '../../content/other-listed-countries.ts';
import { ContactList } from './contact-list.tsx';

/**
 * With no country chosen the page shows the US lines, and this one disclosure holds the lines
 * for every other country we list: never a wrong number, never a guessed one.
 */
export function OtherPlacesHelp({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <details className="other-places">
      <summary className="other-places__summary">{otherPlacesCopy.summary}</summary>
      <p>{otherPlacesCopy.intro}</p>
      {otherListedCountries.map((country) => {
        const help = placeHelp[country];
        const groups = [
          { label: otherPlacesCopy.crisis, help: help.crisis },
          { label: otherPlacesCopy.domesticAbuse, help: help.domesticAbuse },
          { label: otherPlacesCopy.sexualViolence, help: help.sexualViolence },
        ];
        return (
          <section
            key={country}
            aria-labelledby={`other-${country}`}
            className="other-places__country"
          >
            <Heading id={`other-${country}`}>{countryNames[country]}</Heading>
            <p>
              <strong>{otherPlacesCopy.emergency}:</strong> {help.emergency}
            </p>
            {groups.map((group) => (
              <div key={group.label}>
                <p>
                  <strong>{group.label}:</strong> {group.help.lines.join(' ')}
                </p>
                <ContactList contacts={group.help.contacts} />
              </div>
            ))}
          </section>
        );
      })}
      <p>{otherPlacesCopy.elsewhere}</p>
    </details>
  );
}
