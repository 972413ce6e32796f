import { keptCopy, openCopy, openedSectionNames, sendCopy } from '../../content/therapist.ts';
import { formatDate } from './format.ts';
import type { SummaryPayload, SummarySection } from './sealed-summary.ts';

// The words around an opened summary that the page, its printout and its text file share.

/**
 * Sections are named as the client saw them; the therapist reads them in their own terms.
 * Read on each use, so the names follow the language the page is in.
 */
export function forTherapist(sections: readonly SummarySection[]): SummarySection[] {
  const names = sendCopy.sectionNames;
  const map = new Map(
    (Object.keys(names) as (keyof typeof names)[]).map((id) => [names[id], openedSectionNames[id]]),
  );
  return sections.map((section) => ({
    ...section,
    heading: map.get(section.heading) ?? section.heading,
  }));
}

/** What the list and the page call one summary: the client as the link named them, or a number. */
export function summaryName(summary: SummaryPayload | null, number: number): string {
  return summary?.client ?? keptCopy.unnamed(number);
}

/** The facts about a summary, as label and value: who, when sent, and when kept. */
export function summaryFacts(
  summary: SummaryPayload,
  received?: string,
): { label: string; value: string }[] {
  return [
    ...(summary.client ? [{ label: keptCopy.client, value: summary.client }] : []),
    {
      label: keptCopy.consultation,
      value: summary.consultation ? formatDate(summary.consultation) : keptCopy.notGiven,
    },
    ...(received ? [{ label: keptCopy.received, value: formatDate(received) }] : []),
  ];
}

/** The opened summary as Markdown, for "Download as text": what the page shows, no more. */
export function summaryMarkdown(summary: SummaryPayload, received?: string): string {
  const lines = [
    `# ${openCopy.resultTitle}`,
    '',
    `${openCopy.forName(summary.therapistName)}. ${openCopy.created(formatDate(summary.created))}`,
    '',
    ...summaryFacts(summary, received).map((fact) => `- ${fact.label}: ${fact.value}`),
  ];
  for (const section of forTherapist(summary.sections)) {
    lines.push('', `## ${section.heading}`, '');
    for (const row of section.rows) {
      // Each further line of a long answer is indented, so it stays inside its list item.
      lines.push(`- ${row.label}: ${row.value.split('\n').join('\n  ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
