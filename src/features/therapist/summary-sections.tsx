import { SummaryList } from '../../components/ui/summary-list.tsx';
import type { SummarySection } from './sealed-summary.ts';

/** Labelled rows of plain text: the send preview, and the therapist's opened summary. */
export function SummarySections({
  sections,
  headingLevel = 2,
}: {
  sections: readonly SummarySection[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {sections.map((section, i) => (
        <section key={i} aria-labelledby={`summary-section-${headingLevel}-${i}`}>
          <Heading id={`summary-section-${headingLevel}-${i}`}>{section.heading}</Heading>
          <SummaryList
            rows={section.rows.map((row, j) => ({
              id: String(j),
              key: row.label,
              value: <span className="pre-line">{row.value}</span>,
            }))}
          />
        </section>
      ))}
    </>
  );
}
