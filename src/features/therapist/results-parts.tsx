import { Link } from '../../components/ui/app-link.tsx';
import { clientLinkCopy, introCopy, resultsLinkCopy } from '../../content/therapist.ts';
import { SummaryList } from '../../components/ui/summary-list.tsx';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { formatDate } from './format.ts';
import { SEND_PATH } from './paths.ts';
import { customRows } from './summary-payload.ts';

/** Under the summary's heading: who it is prepared for, and for whom. Nothing without a link. */
export function LinkSummaryIntro() {
  const link = useTherapistLinkStore((state) => state.link);
  if (!link) return null;
  return (
    <>
      <p className="lead therapist-prepared">
        {introCopy.preparedFor(link.name)}
        {link.date ? ` (${formatDate(link.date)})` : ''}
      </p>
      {link.client ? <p>{clientLinkCopy.summaryFor(link.client)}</p> : null}
    </>
  );
}

/** The therapist's questions with the answers (printed too), and how to share the summary. */
export function LinkSummarySections() {
  const link = useTherapistLinkStore((state) => state.link);
  const custom = useTherapistLinkStore((state) => state.customAnswers);
  if (!link) return null;
  return (
    <>
      {link.questions.length > 0 ? (
        <section aria-labelledby="therapist-questions-heading">
          <h2 id="therapist-questions-heading">{resultsLinkCopy.questionsHeading(link.name)}</h2>
          <SummaryList
            rows={customRows(link, custom).map((row, i) => ({
              id: String(i),
              key: row.label,
              value: <span className="pre-line">{row.value}</span>,
            }))}
          />
        </section>
      ) : null}
      {link.returnMode === 'encrypted' ? (
        <section aria-labelledby="send-heading" className="panel no-print">
          <h2 id="send-heading">{resultsLinkCopy.sendHeading(link.name)}</h2>
          <p>{resultsLinkCopy.sendLead(link.name)}</p>
          <Link className="button" to={SEND_PATH}>
            {resultsLinkCopy.sendButton(link.name)}
          </Link>
        </section>
      ) : (
        <section aria-labelledby="bring-heading" className="no-print">
          <h2 id="bring-heading">{resultsLinkCopy.bringHeading(link.name)}</h2>
          <p>{resultsLinkCopy.bringLead(link.name)}</p>
        </section>
      )}
    </>
  );
}
