import { countryNames } from '../../content/countries.ts';
import { clientLinkCopy, introCopy } from '../../content/therapist.ts';
import { isSafeWebsite, type TherapistLink } from '../../questionnaire/therapist-link.ts';
import { SummaryList, type SummaryRow } from '../../components/ui/summary-list.tsx';
import { formatDate, licencesText, statesText } from './format.ts';
type Row = SummaryRow;

// Every therapist string here is rendered by React as text, never as HTML.

function detailRows(link: TherapistLink): Row[] {
  const rows: (Row | null)[] = [
    link.licences.length > 0 || link.licenceOther
      ? { id: 'licences', key: introCopy.licences, value: licencesText(link) }
      : null,
    link.states.length > 0
      ? { id: 'states', key: introCopy.states, value: statesText(link) }
      : null,
    {
      id: 'aasect',
      key: introCopy.aasect,
      value: link.aasect ? introCopy.aasectYes : introCopy.aasectNo,
    },
    link.practice ? { id: 'practice', key: introCopy.practice, value: link.practice } : null,
    link.country
      ? { id: 'country', key: introCopy.country, value: countryNames[link.country] }
      : null,
    link.website && isSafeWebsite(link.website)
      ? { id: 'website', key: introCopy.website, value: <Website url={link.website} /> }
      : null,
    link.contact ? { id: 'contact', key: introCopy.contact, value: link.contact } : null,
    link.date ? { id: 'date', key: introCopy.date, value: formatDate(link.date) } : null,
  ];
  return rows.filter((row): row is Row => row !== null);
}

/**
 * The domain on its own, in plain text, before the full address: a one-letter change such as
 * "eyample.org" is easier to spot there. The URL parser shows a look-alike international name
 * in its "xn--" form, which cannot pass for the real one.
 */
function Website({ url }: { url: string }) {
  return (
    <>
      <strong>{new URL(url).hostname}</strong>
      <br />
      <a href={url} rel="noopener noreferrer" target="_blank">
        {url}
      </a>
    </>
  );
}

/**
 * The therapist's details and welcome, as the client sees them (also the builder's preview).
 * A link made for one client says so first, with the name or initials the therapist gave.
 */
export function LinkIntro({
  link,
  headingLevel = 2,
  legacy = false,
}: {
  link: TherapistLink;
  headingLevel?: 2 | 3;
  /** An older link without the check: ask the client to confirm the details. */
  legacy?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="therapist-intro">
      {link.client ? (
        <p className="lead therapist-intro__client">
          {clientLinkCopy.madeFor(link.name, link.client)}
        </p>
      ) : null}
      <div className="inset-text">
        <p>{introCopy.honesty(link.name)}</p>
        <p>{legacy ? introCopy.legacy(link.name) : introCopy.integrity}</p>
      </div>
      <Heading>{introCopy.detailsHeading}</Heading>
      <SummaryList rows={detailRows(link)} />
      {link.welcome ? (
        <>
          <Heading>{introCopy.welcomeHeading(link.name)}</Heading>
          <p className="pre-line therapist-intro__welcome">{link.welcome}</p>
        </>
      ) : null}
    </div>
  );
}
