import { ANSWERS_FORMAT, ANSWERS_VERSION, type Answers } from '../questionnaire/answers.ts';
import {
  affirmingValues,
  botherValues,
  concernIds,
  goalIds,
  sessionFormatValues,
  therapistGenderValues,
  type AffirmingNeed,
  type ConcernId,
  type CountryId,
  type GoalId,
} from '../questionnaire/ids.ts';
import type { ShareableAnswers } from '../questionnaire/privacy-marks.ts';
import { evaluate, type Evaluation, type SpecialtyItem } from './evaluate.ts';

// Compares two partners' SHAREABLE answers. It never sees private items or the safety answer:
// the types only allow shareable answers in, and the combined suggestions are computed with the
// safety answer forced to a neutral value, so the shared view is the same whatever either said.

export type PartnerKey = 'a' | 'b';
type Bother = (typeof botherValues)[number];
type SessionFormat = (typeof sessionFormatValues)[number];
type TherapistGender = (typeof therapistGenderValues)[number];

/** Concerns about wanting different things: one partner naming them alone is worth a gentle word. */
export const differingWantIds: readonly ConcernId[] = [
  'desire-discrepancy',
  'interest-mismatch',
  'kink-interests',
  'opening-relationship',
  'sexless-relationship',
];

export type Difference =
  | { kind: 'priority'; a: ConcernId; b: ConcernId }
  | { kind: 'bother'; concern: ConcernId; a: Bother; b: Bother }
  | { kind: 'wants'; concern: ConcernId; namedBy: PartnerKey }
  | { kind: 'named-by-one'; concerns: Record<PartnerKey, ConcernId[]> }
  | { kind: 'goals-of-one'; goals: Record<PartnerKey, GoalId[]> }
  | { kind: 'meeting'; a: SessionFormat; b: SessionFormat }
  | { kind: 'therapist-gender'; a: TherapistGender; b: TherapistGender };

export const promptIds = [
  'different-wants',
  'different-priorities',
  'different-bother',
  'pause-pressure',
  'trust',
  'opening',
  'named-by-one',
  'practical',
  'what-better-looks-like',
  'what-to-share',
] as const;
export type PromptId = (typeof promptIds)[number];

export interface Comparison {
  shared: { concerns: ConcernId[]; goals: GoalId[]; affirming: AffirmingNeed[] };
  differences: Difference[];
  /** "Worth talking about before the consultation": a few, the most specific first. */
  prompts: PromptId[];
  /** Suggestions for the couple, couples-sex-therapy first. */
  combined: Evaluation;
  /** Where each partner lives, each country once; two when they differ. */
  places: CountryId[];
  /** For each suggested specialty, which concerns led to it and who named them. */
  basis: Partial<Record<SpecialtyItem['id'], { concern: ConcernId; namedBy: PartnerKey[] }[]>>;
}

const inOrder = <T extends string>(order: readonly T[], set: Set<T>) =>
  order.filter((id) => set.has(id));
const both = <T extends string>(order: readonly T[], a: readonly T[], b: readonly T[]) =>
  order.filter((id) => a.includes(id) && b.includes(id));
const onlyIn = <T extends string>(order: readonly T[], one: readonly T[], other: readonly T[]) =>
  order.filter((id) => one.includes(id) && !other.includes(id));

/** One answers document for the couple, from shareable answers only. */
export function combinedAnswers(
  a: ShareableAnswers,
  b: ShareableAnswers,
  who: 'couple-together' | 'couple-apart',
): Answers {
  return {
    format: ANSWERS_FORMAT,
    version: ANSWERS_VERSION,
    who,
    concerns: inOrder(concernIds, new Set([...a.concerns, ...b.concerns])),
    primaryConcern: a.primaryConcern === b.primaryConcern ? a.primaryConcern : null,
    relationship: a.relationship === b.relationship ? a.relationship : 'prefer-not-to-say',
    partnerTakingPart: 'yes',
    // Neutral on purpose: the shared view must not change with either partner's safety answer.
    feelsUnsafe: 'prefer-not-to-say',
    health: [],
    affirming: inOrder(affirmingValues, new Set([...a.affirming, ...b.affirming])),
    // One country when they share it; otherwise none, and the view shows both (placesOf).
    ...(a.country && a.country === b.country ? { country: a.country } : {}),
  };
}

/** The countries the partners live in, each once, in the partners' order. */
export function placesOf(a: ShareableAnswers, b: ShareableAnswers): CountryId[] {
  const places = [a.country, b.country].filter((id): id is CountryId => id !== undefined);
  return [...new Set(places)];
}

function differencesOf(a: ShareableAnswers, b: ShareableAnswers): Difference[] {
  const list: Difference[] = [];
  if (a.primaryConcern && b.primaryConcern && a.primaryConcern !== b.primaryConcern) {
    list.push({ kind: 'priority', a: a.primaryConcern, b: b.primaryConcern });
  }
  for (const concern of both(concernIds, a.concerns, b.concerns)) {
    const bothers = [a.concernDetails?.[concern]?.bother, b.concernDetails?.[concern]?.bother];
    const [ba, bb] = bothers;
    if (ba && bb && ba !== bb && ba !== 'prefer-not-to-say' && bb !== 'prefer-not-to-say') {
      list.push({ kind: 'bother', concern, a: ba, b: bb });
    }
  }
  const onlyA = onlyIn(concernIds, a.concerns, b.concerns);
  const onlyB = onlyIn(concernIds, b.concerns, a.concerns);
  for (const concern of differingWantIds) {
    if (onlyA.includes(concern)) list.push({ kind: 'wants', concern, namedBy: 'a' });
    if (onlyB.includes(concern)) list.push({ kind: 'wants', concern, namedBy: 'b' });
  }
  const rest = {
    a: onlyA.filter((id) => !differingWantIds.includes(id)),
    b: onlyB.filter((id) => !differingWantIds.includes(id)),
  };
  if (rest.a.length + rest.b.length > 0) list.push({ kind: 'named-by-one', concerns: rest });
  const goals = { a: onlyIn(goalIds, a.goals, b.goals), b: onlyIn(goalIds, b.goals, a.goals) };
  if (goals.a.length + goals.b.length > 0) list.push({ kind: 'goals-of-one', goals });
  const [meetA, meetB] = [a.sessionFormat, b.sessionFormat];
  if (meetA && meetB && meetA !== meetB && meetA !== 'either' && meetB !== 'either') {
    list.push({ kind: 'meeting', a: meetA, b: meetB });
  }
  const [genderA, genderB] = [a.therapistGender, b.therapistGender];
  if (
    genderA &&
    genderB &&
    genderA !== genderB &&
    genderA !== 'no-preference' &&
    genderB !== 'no-preference'
  ) {
    list.push({ kind: 'therapist-gender', a: genderA, b: genderB });
  }
  return list;
}

function promptsOf(union: readonly ConcernId[], differences: Difference[]): PromptId[] {
  const has = (kind: Difference['kind']) => differences.some((d) => d.kind === kind);
  const named = (...ids: ConcernId[]) => ids.some((id) => union.includes(id));
  const specific: PromptId[] = [];
  if (has('wants') || named('interest-mismatch', 'desire-discrepancy'))
    specific.push('different-wants');
  if (has('priority')) specific.push('different-priorities');
  if (has('bother')) specific.push('different-bother');
  if (named('desire-discrepancy', 'sexless-relationship', 'low-desire'))
    specific.push('pause-pressure');
  if (named('affair-recovery')) specific.push('trust');
  if (named('opening-relationship')) specific.push('opening');
  if (has('named-by-one')) specific.push('named-by-one');
  if (has('meeting') || has('therapist-gender')) specific.push('practical');
  return [...specific.slice(0, 3), 'what-better-looks-like', 'what-to-share'];
}

/** Puts couples work first: it is the setting every other suggestion happens in. */
function couplesFirst(evaluation: Evaluation): Evaluation {
  const couples = evaluation.specialties.filter((item) => item.id === 'couples-sex-therapy');
  const others = evaluation.specialties.filter((item) => item.id !== 'couples-sex-therapy');
  return { ...evaluation, specialties: [...couples, ...others] };
}

function basisOf(evaluation: Evaluation, a: ShareableAnswers, b: ShareableAnswers) {
  const basis: Comparison['basis'] = {};
  for (const item of evaluation.specialties) {
    const concerns = new Set<ConcernId>();
    for (const reason of item.reasons) {
      for (const fact of reason.facts) if (fact.kind === 'concern') concerns.add(fact.concern);
    }
    basis[item.id] = inOrder(concernIds, concerns).map((concern) => ({
      concern,
      namedBy: (['a', 'b'] as const).filter((key) =>
        (key === 'a' ? a : b).concerns.includes(concern),
      ),
    }));
  }
  return basis;
}

/** Where two partners meet and where they differ. Pure: same answers, same comparison. */
export function compareAnswers(
  a: ShareableAnswers,
  b: ShareableAnswers,
  who: 'couple-together' | 'couple-apart' = 'couple-together',
): Comparison {
  const combined = couplesFirst(evaluate(combinedAnswers(a, b, who)));
  const differences = differencesOf(a, b);
  return {
    shared: {
      concerns: both(concernIds, a.concerns, b.concerns),
      goals: both(goalIds, a.goals, b.goals),
      affirming: both(affirmingValues, a.affirming, b.affirming),
    },
    differences,
    prompts: promptsOf(combinedAnswers(a, b, who).concerns, differences),
    combined,
    places: placesOf(a, b),
    basis: basisOf(combined, a, b),
  };
}
