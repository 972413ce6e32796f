import { checkCopy } from '../../content/check.ts';
import { concernCopy } from '../../content/concerns.ts';
import {
  concernsCopy,
  goalsCopy,
  preferencesCopy,
  relationshipCopy,
  stepNames,
} from '../../content/steps.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import {
  asksAboutPartner,
  asksAboutSafety,
  stepIds,
  stepNumber,
  type StepId,
} from '../../questionnaire/steps.ts';
import type { SummaryRow } from '../../components/ui/summary-list.tsx';
import { detailLines, healthValue, list, orNotAnswered } from './answer-values.tsx';

function rowsFor(step: StepId, answers: Answers): Omit<SummaryRow, 'changeTo' | 'changeLabel'>[] {
  switch (step) {
    case 'concerns':
      return [
        {
          id: 'concerns',
          key: checkCopy.rows.concerns,
          value: list([
            ...answers.concerns.map((concern) => concernCopy[concern].label),
            ...(answers.otherConcern ? [`${concernsCopy.other}: ${answers.otherConcern}`] : []),
            ...(answers.concernsNotSure ? [concernsCopy.notSure] : []),
            ...(answers.concernsPreferNotToSay ? [concernsCopy.preferNot] : []),
          ]),
        },
      ];
    case 'details':
      return [
        { id: 'details', key: checkCopy.rows.details, value: list(detailLines(answers)) },
        ...(answers.concerns.length > 1
          ? [
              {
                id: 'primary',
                key: checkCopy.rows.primary,
                value: answers.primaryConcern
                  ? concernCopy[answers.primaryConcern].label
                  : checkCopy.primaryEqual,
              },
            ]
          : []),
      ];
    case 'relationship':
      return [
        {
          id: 'relationship',
          key: checkCopy.rows.relationship,
          value: relationshipCopy.statusLabels[answers.relationship],
        },
        ...(asksAboutPartner(answers.relationship)
          ? [
              {
                id: 'partner',
                key: checkCopy.rows.partner,
                value: relationshipCopy.partnerLabels[answers.partnerTakingPart],
              },
              {
                id: 'length',
                key: checkCopy.rows.length,
                value: orNotAnswered(
                  answers.relationshipLength &&
                    relationshipCopy.lengthLabels[answers.relationshipLength],
                ),
              },
            ]
          : []),
        ...(asksAboutSafety(answers.relationship)
          ? [
              {
                id: 'unsafe',
                key: checkCopy.rows.unsafe,
                value: relationshipCopy.unsafeLabels[answers.feelsUnsafe],
              },
            ]
          : []),
      ];
    case 'health':
      return [{ id: 'health', key: checkCopy.rows.health, value: healthValue(answers) }];
    case 'goals':
      return [
        {
          id: 'goals',
          key: checkCopy.rows.goals,
          value: list((answers.goals ?? []).map((goal) => goalsCopy.labels[goal])),
        },
        { id: 'better', key: checkCopy.rows.better, value: orNotAnswered(answers.betterLooksLike) },
        { id: 'know', key: checkCopy.rows.know, value: orNotAnswered(answers.therapistShouldKnow) },
      ];
    case 'preferences':
      return [
        {
          id: 'format',
          key: checkCopy.rows.format,
          value: orNotAnswered(
            answers.sessionFormat && preferencesCopy.formatLabels[answers.sessionFormat],
          ),
        },
        {
          id: 'affirming',
          key: checkCopy.rows.affirming,
          value: list(answers.affirming.map((need) => preferencesCopy.affirmingLabels[need])),
        },
        {
          id: 'gender',
          key: checkCopy.rows.gender,
          value: orNotAnswered(
            answers.therapistGender && preferencesCopy.genderLabels[answers.therapistGender],
          ),
        },
        {
          id: 'budget',
          key: checkCopy.rows.budget,
          value: list((answers.budget ?? []).map((item) => preferencesCopy.budgetLabels[item])),
        },
        { id: 'location', key: checkCopy.rows.location, value: orNotAnswered(answers.location) },
        { id: 'language', key: checkCopy.rows.language, value: orNotAnswered(answers.language) },
      ];
  }
}

export interface AnswerSection {
  step: StepId;
  title: string;
  rows: SummaryRow[];
}

/** Every answer, by step, each with a Change link that comes back to the check page. */
export function answerRows(answers: Answers): AnswerSection[] {
  return stepIds.map((step) => ({
    step,
    title: stepNames[step],
    rows: rowsFor(step, answers).map((row) => ({
      ...row,
      changeTo: `/prepare/${stepNumber(step)}?return=check`,
      changeLabel: checkCopy.change,
    })),
  }));
}
