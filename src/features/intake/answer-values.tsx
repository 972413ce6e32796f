import type { ReactNode } from 'react';
import { checkCopy } from '../../content/check.ts';
import { concernCopy } from '../../content/concerns.ts';
import { detailsCopy, healthCopy } from '../../content/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { formatList } from '../../content/format.ts';

// How one answer reads on the check page: a list, "Not answered", a topic's details.

export function list(items: string[]): ReactNode {
  if (items.length === 0) return checkCopy.none;
  if (items.length === 1) return items[0];
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function orNotAnswered(value: string | undefined): ReactNode {
  return value ?? <span className="muted">{checkCopy.notAnswered}</span>;
}

export function detailLines(answers: Answers): string[] {
  return answers.concerns.flatMap((concern) => {
    const detail = answers.concernDetails?.[concern];
    if (!detail) return [];
    const parts = [
      detail.duration && detailsCopy.durationLabels[detail.duration],
      detail.scope && detailsCopy.scopeLabels[detail.scope],
      detail.bother && `${detailsCopy.bother} ${detailsCopy.botherLabels[detail.bother]}`,
      detail.wishes?.length &&
        `${detailsCopy.wishesShort} ${formatList(
          detail.wishes.map((w) => detailsCopy.wishLabels[w]),
          'commas',
        )}`,
    ].filter((part): part is string => Boolean(part));
    return [`${concernCopy[concern].label}: ${parts.join(checkCopy.detailsJoin)}`];
  });
}

export function healthValue(answers: Answers): ReactNode {
  if (answers.healthSkipped) return checkCopy.skipped;
  if (answers.healthPreferNotToSay) return healthCopy.preferNot;
  if (answers.health.length === 0) return healthCopy.none;
  return list(answers.health.map((item) => healthCopy.labels[item]));
}
