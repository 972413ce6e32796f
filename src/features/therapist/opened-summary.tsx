import { pageTitle } from '../../content/app.ts';
import { openCopy, openedSectionNames, sendCopy } from '../../content/therapist.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { formatDate } from './format.ts';
import { OpenedClientHeader } from './opened-client-header.tsx';
import type { SummaryPayload } from './sealed-summary.ts';
import { SummarySections } from './summary-sections.tsx';

// Read on each use, so the names follow the language the page is in.
const forTherapistNames = () => {
  const names = sendCopy.sectionNames;
  return new Map(
    (Object.keys(names) as (keyof typeof names)[]).map((id) => [names[id], openedSectionNames[id]]),
  );
};

/** A decrypted summary, ready to print. It lives only in this page's memory. */
export function OpenedSummary({
  summary,
  onAnother,
}: {
  summary: SummaryPayload;
  onAnother: () => void;
}) {
  useDocumentTitle(pageTitle(openCopy.resultTitle));
  const forTherapist = forTherapistNames();
  return (
    <article className="summary opened-summary">
      <PageHeading>{openCopy.resultTitle}</PageHeading>
      <p className="lead">
        {openCopy.forName(summary.therapistName)}. {openCopy.created(formatDate(summary.created))}
      </p>
      <OpenedClientHeader summary={summary} />
      <p className="inset-text no-print">{openCopy.privacy}</p>
      {/* Sections are named as the client saw them; the therapist reads them in their own terms. */}
      <SummarySections
        sections={summary.sections.map((section) => ({
          ...section,
          heading: forTherapist.get(section.heading) ?? section.heading,
        }))}
      />
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {openCopy.print}
        </button>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {openCopy.another}
        </button>
      </div>
    </article>
  );
}
