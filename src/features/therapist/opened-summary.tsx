import { pageTitle } from '../../content/app.ts';
import { openCopy } from '../../content/therapist.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SummaryList } from '../../components/ui/summary-list.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { formatDate } from './format.ts';
import { forTherapist, summaryFacts } from './kept-text.ts';
import { OpenedActions, type KeptReturn, type OpenedFrom } from './opened-actions.tsx';
import type { SummaryPayload } from './sealed-summary.ts';
import { SummarySections } from './summary-sections.tsx';

/** A decrypted summary, ready to print. It lives only in this page's memory unless kept. */
export function OpenedSummary({
  summary,
  from,
  onAnother,
}: {
  summary: SummaryPayload;
  /** Where it was opened from; a file just opened can be kept, a kept one deleted. */
  from?: OpenedFrom;
  onAnother: (back?: KeptReturn) => void;
}) {
  useDocumentTitle(pageTitle(openCopy.resultTitle));
  const received = from?.kind === 'kept' ? from.received : undefined;
  return (
    <article className="summary opened-summary">
      <PageHeading>{openCopy.resultTitle}</PageHeading>
      <p className="lead">
        {openCopy.forName(summary.therapistName)}. {openCopy.created(formatDate(summary.created))}
      </p>
      <SummaryList
        rows={summaryFacts(summary, received).map((fact) => ({
          id: fact.label,
          key: fact.label,
          value: fact.value,
        }))}
      />
      <p className="inset-text no-print">{openCopy.privacy}</p>
      <SummarySections sections={forTherapist(summary.sections)} />
      <OpenedActions summary={summary} from={from} onAnother={onAnother} />
    </article>
  );
}
