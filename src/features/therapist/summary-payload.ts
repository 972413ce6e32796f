import { checkCopy } from '../../content/check.ts';
import { concernCopy } from '../../content/concerns.ts';
import {
  concernsCopy,
  detailsCopy,
  goalsCopy,
  healthCopy,
  preferencesCopy,
  relationshipCopy,
} from '../../content/steps.ts';
import { questionsStepCopy, sendCopy } from '../../content/therapist.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { asksAboutPartner, asksAboutSafety } from '../../questionnaire/steps.ts';
import {
  cleanText,
  linkLimits,
  type CustomAnswers,
  type LinkSectionId,
  type TherapistLink,
} from '../../questionnaire/therapist-link.ts';
import { SUMMARY_FORMAT, type SummaryPayload, type SummarySection } from './sealed-summary.ts';

// Builds what "Send to {name}" seals: the parts the client kept ticked, as labelled plain text.
// Text is cleaned here too, so the therapist's strict reader accepts everything we write.

export const sendSectionIds = [
  'concerns',
  'details',
  'relationship',
  'safety',
  'health',
  'goals',
  'preferences',
  'custom',
] as const;
export type SendSectionId = (typeof sendSectionIds)[number];

type Row = { label: string; value: string };
const row = (label: string, value: string | undefined): Row[] =>
  value
    ? [{ label: cleanText(label).slice(0, 300), value: cleanText(value, true).slice(0, 4000) }]
    : [];
const joined = (items: string[]) => (items.length > 0 ? items.join('; ') : checkCopy.none);

function concernRows(answers: Answers): Row[] {
  return [
    ...row(
      checkCopy.rows.concerns,
      joined([
        ...answers.concerns.map((id) => concernCopy[id].label),
        ...(answers.concernsNotSure ? [concernsCopy.notSure] : []),
      ]),
    ),
    ...row(concernsCopy.other, answers.otherConcern),
  ];
}

function detailRows(answers: Answers): Row[] {
  const rows = answers.concerns.flatMap((id) => {
    const detail = answers.concernDetails?.[id];
    if (!detail) return [];
    const parts = [
      detail.duration && detailsCopy.durationLabels[detail.duration],
      detail.scope && detailsCopy.scopeLabels[detail.scope],
      detail.bother && `${detailsCopy.bother} ${detailsCopy.botherLabels[detail.bother]}`,
    ].filter((part): part is string => Boolean(part));
    return row(concernCopy[id].label, parts.join(checkCopy.detailsJoin));
  });
  const primary = answers.primaryConcern ? concernCopy[answers.primaryConcern].label : undefined;
  return [
    ...rows,
    ...row(checkCopy.rows.primary, answers.concerns.length > 1 ? primary : undefined),
  ];
}

function relationshipRows(answers: Answers): Row[] {
  const partner = asksAboutPartner(answers.relationship);
  return [
    ...row(checkCopy.rows.relationship, relationshipCopy.statusLabels[answers.relationship]),
    ...row(
      checkCopy.rows.partner,
      partner ? relationshipCopy.partnerLabels[answers.partnerTakingPart] : undefined,
    ),
    ...row(
      checkCopy.rows.length,
      partner && answers.relationshipLength
        ? relationshipCopy.lengthLabels[answers.relationshipLength]
        : undefined,
    ),
  ];
}

function healthRows(answers: Answers): Row[] {
  const value = answers.healthSkipped
    ? checkCopy.skipped
    : answers.healthPreferNotToSay
      ? healthCopy.preferNot
      : joined(answers.health.map((item) => healthCopy.labels[item]));
  return row(checkCopy.rows.health, value);
}

function goalRows(answers: Answers): Row[] {
  return [
    ...row(
      checkCopy.rows.goals,
      joined((answers.goals ?? []).map((goal) => goalsCopy.labels[goal])),
    ),
    ...row(checkCopy.rows.better, answers.betterLooksLike),
    ...row(checkCopy.rows.know, answers.therapistShouldKnow),
  ];
}

function preferenceRows(answers: Answers): Row[] {
  const labels = preferencesCopy;
  return [
    ...row(
      checkCopy.rows.format,
      answers.sessionFormat && labels.formatLabels[answers.sessionFormat],
    ),
    ...row(
      checkCopy.rows.affirming,
      answers.affirming.map((id) => labels.affirmingLabels[id]).join('; '),
    ),
    ...row(
      checkCopy.rows.gender,
      answers.therapistGender && labels.genderLabels[answers.therapistGender],
    ),
    ...row(
      checkCopy.rows.budget,
      (answers.budget ?? []).map((id) => labels.budgetLabels[id]).join('; '),
    ),
    ...row(checkCopy.rows.location, answers.location),
    ...row(checkCopy.rows.language, answers.language),
  ];
}

/** The therapist's own questions with the client's answers ("Not answered" where skipped). */
export function customRows(link: TherapistLink, answers: CustomAnswers): Row[] {
  return link.questions.map((question, i) => {
    const answer = answers[String(i)];
    const shown =
      question.kind === 'yes-no' && answer
        ? answer === 'yes'
          ? questionsStepCopy.yes
          : questionsStepCopy.no
        : answer;
    return {
      label: question.text,
      value: cleanText(shown ?? '', true).slice(0, linkLimits.longAnswer) || checkCopy.notAnswered,
    };
  });
}

export function sectionRows(
  id: SendSectionId,
  answers: Answers,
  link: TherapistLink,
  custom: CustomAnswers,
): Row[] {
  switch (id) {
    case 'concerns':
      return concernRows(answers);
    case 'details':
      return detailRows(answers);
    case 'relationship':
      return relationshipRows(answers);
    case 'safety':
      return asksAboutSafety(answers.relationship)
        ? row(checkCopy.rows.unsafe, relationshipCopy.unsafeLabels[answers.feelsUnsafe])
        : [];
    case 'health':
      return healthRows(answers);
    case 'goals':
      return goalRows(answers);
    case 'preferences':
      return preferenceRows(answers);
    case 'custom':
      return customRows(link, custom);
  }
}

/** Ticked at first: the topics, the therapist's questions, and the parts the therapist asked for. */
export function defaultSections(link: TherapistLink): SendSectionId[] {
  const asked = new Set<string>(link.sections satisfies LinkSectionId[]);
  return sendSectionIds.filter((id) => id === 'concerns' || id === 'custom' || asked.has(id));
}

export function buildPayload(
  chosen: readonly SendSectionId[],
  answers: Answers,
  link: TherapistLink,
  custom: CustomAnswers,
  today: string,
): SummaryPayload {
  const sections: SummarySection[] = sendSectionIds
    .filter((id) => chosen.includes(id))
    .map((id) => ({
      heading: sendCopy.sectionNames[id],
      rows: sectionRows(id, answers, link, custom),
    }))
    .filter((section) => section.rows.length > 0);
  return {
    format: SUMMARY_FORMAT,
    version: 1,
    therapistName: link.name,
    created: today,
    // From a link made for one client: who it is from, and the consultation it is for.
    ...(link.client ? { client: link.client } : {}),
    ...(link.date ? { consultation: link.date } : {}),
    sections,
  };
}
