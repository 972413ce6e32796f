import { defaultNames } from '../../content/couples.ts';
import { firstUnansweredStep, stepNumber, type StepId } from '../../questionnaire/steps.ts';
import type { CoupleState, PartnerKey } from '../../storage/couple-store.ts';

// Neutral paths: they show in the browser's history on a shared computer.
export const togetherPaths = {
  facts: '/together',
  turn: '/together/turn',
  mark: '/together/mark',
  mine: '/together/mine',
  compare: '/together/compare',
  view: (partner: PartnerKey) => `/together/view/${partner}`,
} as const;

export const apartPaths = {
  mark: '/apart/mark',
  share: '/apart/share',
  enter: '/apart/enter',
  reply: '/apart/reply',
  compare: '/apart/compare',
  summary: '/prepare/summary',
} as const;

export type TogetherPage = 'facts' | 'turn' | 'journey' | 'mark' | 'mine' | 'compare' | 'view';

export interface JourneyProgress {
  ageConfirmed: boolean;
  answered: readonly StepId[];
}

type TogetherState = Pick<
  CoupleState,
  'mode' | 'facts' | 'stage' | 'turn' | 'partners' | 'draftMarks'
>;

/** Names to show: what the partners typed, or "Partner A" / "Partner B". */
export function displayNames(names: CoupleState['names']): Record<PartnerKey, string> {
  return { a: names.a.trim() || defaultNames.a, b: names.b.trim() || defaultNames.b };
}

export const otherPartner = (key: PartnerKey): PartnerKey => (key === 'a' ? 'b' : 'a');

/** Where the partner whose turn it is should be, in the middle of their answers. */
function answeringPath(couple: TogetherState, progress: JourneyProgress): string {
  const next = firstUnansweredStep(progress.answered);
  if (next) return `/prepare/${stepNumber(next)}`;
  return couple.draftMarks === null ? togetherPaths.mark : togetherPaths.mine;
}

/**
 * Where the together journey should be, or null when `page` is the right place. History
 * entries of a finished partner's pages land here and are sent on, so Back never shows them.
 */
export function togetherRedirect(
  page: TogetherPage,
  couple: TogetherState,
  progress: JourneyProgress,
): string | null {
  if (!progress.ageConfirmed) return '/';
  if (couple.mode !== 'together' || couple.facts === null) {
    return page === 'facts' ? null : togetherPaths.facts;
  }
  const nobodyDone = couple.partners.a === null && couple.partners.b === null;
  if (couple.stage === 'compare') {
    return page === 'compare' || page === 'view' ? null : togetherPaths.compare;
  }
  if (couple.stage === 'turn') {
    if (page === 'turn') return null;
    if (page === 'facts' && nobodyDone) return null;
    return togetherPaths.turn;
  }
  const here = answeringPath(couple, progress);
  switch (page) {
    case 'journey':
      return null;
    case 'mark':
      return firstUnansweredStep(progress.answered) ? here : null;
    case 'mine':
      return here === togetherPaths.mine ? null : here;
    default:
      return here;
  }
}

export type ApartPage = 'mark' | 'share' | 'enter' | 'reply' | 'compare' | 'summary';

type ApartState = Pick<CoupleState, 'draftMarks' | 'partner'>;

/** Where the apart journey should be, or null when `page` is the right place. */
export function apartRedirect(
  page: ApartPage,
  couple: ApartState,
  progress: JourneyProgress & { who: string },
): string | null {
  if (!progress.ageConfirmed) return '/';
  const next = firstUnansweredStep(progress.answered);
  if (next) return `/prepare/${stepNumber(next)}`;
  if (progress.who !== 'couple-apart') return page === 'summary' ? null : apartPaths.summary;
  if (page === 'mark') return null;
  if (couple.draftMarks === null) return apartPaths.mark;
  if ((page === 'compare' || page === 'reply') && couple.partner === null) return apartPaths.enter;
  return null;
}
