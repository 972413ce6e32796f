import { introCopy } from '../../content/en/therapist.ts';
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
    link.website && isSafeWebsite(link.website)
      ? {
          id: 'website',
          key: introCopy.website,
          value: (
            <a href={link.website} rel="noopener noreferrer" target="_blank">
              {link.website}
            </a>
          ),
        }
      : null,
    link.contact ? { id: 'contact', key: introCopy.contact, value: link.contact } : null,
    link.date ? { id: 'date', key: introCopy.date, value: formatDate(link.date) } : null,
  ];
  return rows.filter((row): row is Row => row !== null);
}

/** The therapist's details and welcome, as the client sees them (also the builder's preview). */
export function LinkIntro({
  link,
  headingLevel = 2,
}: {
  link: TherapistLink;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="therapist-intro">
      <p className="inset-text">{introCopy.honesty(link.name)}</p>
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
