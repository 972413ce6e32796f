import { checkCopy } from '../../content/check.ts';
import { resultsLinkCopy } from '../../content/therapist.ts';
import { SummaryList } from '../../components/ui/summary-list.tsx';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { LINK_QUESTIONS_PATH } from './paths.ts';
import { customRows } from './summary-payload.ts';

/** On the check answers page: the answers to a therapist's own questions, each with Change. */
export function LinkCheckAnswers() {
  const link = useTherapistLinkStore((state) => state.link);
  const custom = useTherapistLinkStore((state) => state.customAnswers);
  if (!link || link.questions.length === 0) return null;
  return (
    <section aria-labelledby="check-therapist-questions">
      <h2 id="check-therapist-questions">{resultsLinkCopy.questionsHeading(link.name)}</h2>
      <SummaryList
        rows={customRows(link, custom).map((row, i) => ({
          id: `link-${i}`,
          key: row.label,
          value: <span className="pre-line">{row.value}</span>,
          changeTo: `${LINK_QUESTIONS_PATH}?return=check`,
          changeLabel: checkCopy.change,
        }))}
      />
    </section>
  );
}

/** The same answers as Markdown, for "copy as text" and "download summary". */
export function useLinkSummaryMarkdown(): string {
  const link = useTherapistLinkStore((state) => state.link);
  const custom = useTherapistLinkStore((state) => state.customAnswers);
  if (!link || link.questions.length === 0) return '';
  const rows = customRows(link, custom).map((row) => `- ${row.label}: ${row.value}`);
  return [`## ${resultsLinkCopy.questionsHeading(link.name)}`, '', ...rows].join('\n');
}
