import { concernCopy } from '../../content/en/concerns.ts';
import { credentialsGuide } from '../../content/en/guides.ts';
import { referralCopy } from '../../content/en/referrals.ts';
import { resultsCopy } from '../../content/en/results.ts';
import { safetyCopy } from '../../content/en/safety.ts';
import { specialtyCopyFor } from '../../content/en/specialties.ts';
import { goalsCopy } from '../../content/en/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { emptyQuestionNotes } from '../../questionnaire/answers.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { resultsDisclaimer } from '../../content/en/guides.ts';
import { checklistEntries } from './checklist-entries.ts';

function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${line}`);
}

/** The summary as Markdown, for "copy as text" and "download summary". Readable as plain text too. */
export function summaryMarkdown(
  answers: Answers,
  evaluation: Evaluation,
  extraMarkdown = '',
): string {
  const lines: string[] = [`# ${resultsCopy.title}`, '', resultsDisclaimer, ''];

  const urgent = evaluation.safety.filter((item) => item.id !== 'crisis');
  if (urgent.length > 0) {
    lines.push(`## ${resultsCopy.safetyHeading}`, '');
    for (const item of [...urgent, ...evaluation.safety.filter((s) => s.id === 'crisis')]) {
      const copy = safetyCopy[item.id];
      lines.push(`### ${copy.title}`, ...bullets(copy.lines), `- ${copy.outsideUs}`, '');
    }
  }

  lines.push(`## ${resultsCopy.specialtiesHeading}`, '');
  evaluation.specialties.forEach((item, index) => {
    const copy = specialtyCopyFor(item);
    lines.push(
      `${index + 1}. **${copy.title}**: ${copy.meaning}`,
      `   ${resultsCopy.searchWords}: ${copy.searchWords.join('; ')}`,
    );
  });
  lines.push('', `## ${credentialsGuide.title}`, '');
  for (const section of credentialsGuide.sections) {
    lines.push(...bullets(section.items.map((item) => item.text)));
  }

  lines.push('', `## ${resultsCopy.questionsHeading}`, '');
  const entries = checklistEntries(
    evaluation.questions,
    answers.questionNotes ?? emptyQuestionNotes(),
  );
  lines.push(...entries.map((entry) => `- [${entry.ticked ? 'x' : ' '}] ${entry.text}`));

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

  const own = ownWords(answers);
  if (own.length > 0) lines.push('', `## ${resultsCopy.ownWordsHeading}`, '', ...own);
  if (extraMarkdown !== '') lines.push('', extraMarkdown);
  return `${lines.join('\n').trimEnd()}\n`;
}

function ownWords(answers: Answers): string[] {
  const lines: string[] = [];
  if (answers.concerns.length > 0) {
    lines.push(...bullets(answers.concerns.map((id) => concernCopy[id].label)));
  }
  if (answers.otherConcern) lines.push(`- ${resultsCopy.other}: ${answers.otherConcern}`);
  if (answers.goals && answers.goals.length > 0) {
    lines.push(
      `- ${resultsCopy.goals}: ${answers.goals.map((goal) => goalsCopy.labels[goal]).join('; ')}`,
    );
  }
  if (answers.betterLooksLike) lines.push(`- ${resultsCopy.better}: ${answers.betterLooksLike}`);
  if (answers.therapistShouldKnow)
    lines.push(`- ${resultsCopy.know}: ${answers.therapistShouldKnow}`);
  return lines;
}
