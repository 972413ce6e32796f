import { compareCopy } from '../../content/couples.ts';
import { directoriesCopy } from '../../content/place-credentials.ts';
import { placePanelCopy } from '../../content/places.ts';
import { resultsDisclaimer } from '../../content/guides.ts';
import type { ComparisonView } from './comparison-model.ts';

/** The shared comparison as Markdown, for the download. It holds what the page shows, no more. */
export function comparisonMarkdown(view: ComparisonView): string {
  const lines: string[] = [
    `# ${compareCopy.heading}`,
    '',
    compareCopy.lead,
    '',
    resultsDisclaimer(),
    '',
  ];
  lines.push(`## ${compareCopy.bothHeading}`, '');
  if (view.both.length === 0) lines.push(compareCopy.bothNothing, '');
  for (const group of view.both) {
    lines.push(`${compareCopy.bothHeading.replace('…', '')} ${group.label}:`);
    lines.push(...group.items.map((item) => `- ${item}`), '');
  }
  lines.push(`## ${compareCopy.differHeading}`, '');
  if (view.differences.length === 0) lines.push(compareCopy.differNothing, '');
  for (const difference of view.differences) {
    lines.push(`### ${difference.title}`, ...difference.lines.map((line) => `- ${line}`));
    if (difference.note) lines.push(difference.note);
    lines.push('');
  }
  lines.push(`## ${compareCopy.talkHeading}`, '', ...view.prompts.map((p) => `- ${p}`), '');
  lines.push(`## ${compareCopy.suggestionsHeading}`, '');
  view.specialties.forEach((item, index) => {
    lines.push(`${index + 1}. **${item.title}**: ${item.meaning}`);
    if (item.linkedTo) lines.push(`   ${compareCopy.linkedTo} ${item.linkedTo}`);
    lines.push(`   ${item.searchWords.join('; ')}`);
  });
  lines.push('', `## ${compareCopy.questionsHeading}`, '');
  lines.push(...view.questions.map((q) => `- [ ] ${q.text}`), '');
  for (const place of view.places) {
    lines.push(`## ${placePanelCopy.heading}: ${place.name}`, '');
    lines.push(`### ${placePanelCopy.checkHeading}`, ...place.credentials.map((l) => `- ${l}`), '');
    lines.push(`### ${directoriesCopy.heading}`, ...place.directories.map((l) => `- ${l}`), '');
  }
  lines.push(`## ${view.guide.title}`, '');
  for (const section of view.guide.sections) {
    lines.push(`### ${section.heading}`, ...section.items.map((item) => `- ${item.text}`), '');
  }
  return lines.join('\n');
}
