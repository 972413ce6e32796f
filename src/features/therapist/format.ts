import { licenceLabels, stateNames } from '../../content/therapist.ts';
import type { TherapistLink } from '../../questionnaire/therapist-link.ts';
import { formatDate as formatLocaleDate, formatList } from '../../content/format.ts';

/** "2026-12-03" → "December 3, 2026", read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatLocaleDate(date, { dateStyle: 'long', timeZone: 'UTC' });
}

export function licencesText(link: TherapistLink): string {
  const names = link.licences
    .filter((id) => id !== 'other' || !link.licenceOther)
    .map((id) => licenceLabels[id]);
  if (link.licenceOther) names.push(link.licenceOther);
  return names.join('; ');
}

export function statesText(link: TherapistLink): string {
  return formatList(
    link.states.map((code) => stateNames[code]),
    'commas',
  );
}
