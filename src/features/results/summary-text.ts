import { resultsDisclaimer } from '../../content/guides.ts';
import {
  credentialsGuides,
  directoriesByPlace,
  directoriesCopy,
} from '../../content/place-credentials.ts';
import { safetyCopyFor } from '../../content/place-safety.ts';
import { placeLines } from '../../content/place-text.ts';
import { bringLines, openingSentences, planCopy, signCopy } from '../../content/plan.ts';
import { questionTopicCopy } from '../../content/question-text.ts';
import { referralCopy } from '../../content/referrals.ts';
import { checklistCopy, resultsCopy } from '../../content/results.ts';
import { searchCopy } from '../../content/specialties.ts';
import { specialtyCopyFor } from '../../components/domain/specialty-copy.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { listenFor } from '../../rules/listen-for.ts';
import {
  groupByTopic,
  noPlanContext,
  OWN_TOPIC,
  planFor,
  type ChecklistEntry,
  type PlanContext,
} from './checklist-entries.ts';
import { ownWordRows } from './own-word-rows.ts';

function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${line}`);
}
const box = (entry: ChecklistEntry) => `[${entry.ticked ? 'x' : ' '}] ${entry.text}`;

/**
 * The summary as Markdown, for "copy as text" and "download summary", in the page's order: the
 * plan first. Readable as plain text too.
 */
export function summaryMarkdown(
  answers: Answers,
  evaluation: Evaluation,
  extraMarkdown = '',
  context: PlanContext = noPlanContext,
): string {
  const lines: string[] = [`# ${resultsCopy.title}`, '', resultsDisclaimer(), ''];

  const place = evaluation.place.id;
  const urgent = evaluation.safety.filter((item) => item.id !== 'crisis');
  if (urgent.length > 0) {
    lines.push(`## ${resultsCopy.safetyHeading}`, '');
    for (const item of [...urgent, ...evaluation.safety.filter((s) => s.id === 'crisis')]) {
      const copy = safetyCopyFor(item.id, item.place);
      lines.push(`### ${copy.title}`, ...bullets(copy.lines), `- ${copy.outsideUs}`, '');
    }
  }
  lines.push(...placeLines(place), '');

  const plan = planFor(answers, evaluation, context);
  const { notes } = plan;
  lines.push(`## ${planCopy.startHeading}`, '');
  plan.start.forEach((entry, n) => {
    lines.push(`${n + 1}. ${box(entry)}${entry.why ? ` (${entry.why})` : ''}`);
  });
  lines.push(
    '',
    `## ${planCopy.openingHeading}`,
    '',
    `> ${notes.opening ?? openingSentences(answers, context.therapistName)}`,
  );
  const signs = listenFor(evaluation);
  lines.push('', `## ${planCopy.listenHeading}`, '', `### ${planCopy.goodHeading}`, '');
  lines.push(...bullets(signs.good.map((id) => signCopy[id])));
  lines.push('', `### ${planCopy.warningHeading}`, '');
  lines.push(...bullets(signs.warning.map((id) => signCopy[id])));

  lines.push('', `## ${resultsCopy.specialtiesHeading}`, '');
  evaluation.specialties.forEach((item, index) => {
    const copy = specialtyCopyFor(item);
    lines.push(
      `${index + 1}. **${copy.title}**: ${copy.meaning}`,
      `   ${resultsCopy.searchWords}: ${copy.searchWords.join('; ')}`,
    );
  });
  for (const item of evaluation.searches) {
    const copy = searchCopy[item.id];
    lines.push(
      '',
      `- **${copy.title}**: ${copy.meaning}`,
      `  ${resultsCopy.searchWords}: ${copy.searchWords.join('; ')}`,
    );
  }
  lines.push('', `### ${directoriesCopy.heading}`, '', ...bullets(directoriesByPlace[place]));
  const credentialsGuide = credentialsGuides[place];
  lines.push('', `## ${credentialsGuide.title}`, '');
  for (const section of credentialsGuide.sections) {
    lines.push(...bullets(section.items.map((item) => item.text)));
  }

  if (plan.more.length > 0) {
    lines.push('', `## ${planCopy.moreHeading}`);
    for (const group of groupByTopic(plan.more)) {
      const heading =
        group.topic === OWN_TOPIC || group.topic === 'therapist'
          ? checklistCopy.ownHeading
          : questionTopicCopy[group.topic].heading;
      lines.push('', `### ${heading}`, '', ...bullets(group.items.map(box)));
    }
  }

  if (evaluation.referrals.length > 0) {
    lines.push('', `## ${resultsCopy.referralsHeading}`, '');
    lines.push(
      ...bullets(
        evaluation.referrals.map(
          (item) => `${referralCopy[item.id].title}: ${referralCopy[item.id].what}`,
        ),
      ),
    );
  }

  lines.push('', `## ${planCopy.bringHeading}`, '', ...bullets(bringLines(answers)));
  const own = ownWordRows(answers);
  if (own.length > 0) {
    lines.push('', `### ${planCopy.ownWordsSubheading}`, '');
    lines.push(...bullets(own.map((row) => `${row.key}: ${row.value}`)));
  }
  if (extraMarkdown !== '') lines.push('', extraMarkdown);
  return `${lines.join('\n').trimEnd()}\n`;
}
