import type { Answers } from '../questionnaire/answers.ts';
import { concernIds, type ConcernId } from '../questionnaire/ids.ts';
import { compileCondition, indexAnswers, type CompiledTest } from './compile-condition.ts';
import {
  placeIds,
  referralIds,
  safetyOrder,
  searchIds,
  specialtyIds,
  type PlaceId,
  type ReferralId,
  type SafetyId,
  type SearchId,
  type SpecialtyId,
} from './ids.ts';
import {
  questionBank,
  questionIds,
  type QuestionId,
  type QuestionTopicId,
} from './question-ids.ts';
import { reasonValue } from './ranking.ts';
import type { Fact, Reason } from './reasons.ts';
import type { RuleAdd } from './rule-types.ts';
import { rules } from './rules-table.ts';
import { rankShortlist, type ShortlistContext, type ShortlistItem } from './shortlist.ts';

export interface SafetyItem {
  id: SafetyId;
  /** Whose lines to show; the reasons end with the one that says why (where the person lives). */
  place: PlaceId;
  reasons: Reason[];
}
export interface SpecialtyItem {
  id: SpecialtyId;
  reasons: Reason[];
  /** Ranking score (see ranking.ts); higher is more relevant. */
  score: number;
  /** Whose credentials to name; the evaluation's `place` says why. Absent reads as `not-said`. */
  place?: PlaceId;
}
/** Where the person lives, as the results use it: one per evaluation, with its reason. */
export interface PlaceItem {
  id: PlaceId;
  reasons: Reason[];
}
export interface ReferralItem {
  id: ReferralId;
  reasons: Reason[];
}
/** Words to add to a directory search beside the specialties' own (a language filter). */
export interface SearchItem {
  id: SearchId;
  reasons: Reason[];
}
export interface QuestionItem {
  id: QuestionId;
  topic: QuestionTopicId;
  reasons: Reason[];
  /** Concerns to name in a tailored question: the main one alone when it is named; empty for others. */
  concerns: ConcernId[];
  /** Whose licences a question about licences speaks of. Absent reads as `not-said`. */
  place?: PlaceId;
}
export interface Evaluation {
  /** Shown first, in the fixed order of `safetyOrder`. */
  safety: SafetyItem[];
  /** Whose help lines, credentials and directories the results show. */
  place: PlaceItem;
  /** Most relevant first. */
  specialties: SpecialtyItem[];
  /** Most relevant first. */
  referrals: ReferralItem[];
  /** Extra search words, in the order of `searchIds`; empty for most answers. */
  searches: SearchItem[];
  /** In the order of the question bank, which groups them by topic. */
  questions: QuestionItem[];
  /** "Start with these": at most seven of `questions` (or the therapist's own), in order. */
  shortlist: ShortlistItem[];
}

// Everything that does not depend on the answers is prepared once, here.
interface CompiledRule {
  readonly id: string;
  readonly test: CompiledTest;
  readonly adds: readonly {
    readonly kind: RuleAdd['kind'];
    readonly slot: number;
    readonly weight: number;
  }[];
}

const slotOf = <T extends string>(ids: readonly T[]) =>
  new Map<string, number>(ids.map((id, slot) => [id, slot]));
const slots: Record<RuleAdd['kind'], Map<string, number>> = {
  specialty: slotOf(specialtyIds),
  referral: slotOf(referralIds),
  safety: slotOf(safetyOrder),
  question: slotOf(questionIds),
  place: slotOf(placeIds),
  search: slotOf(searchIds),
};

const compiledRules: readonly CompiledRule[] = rules.map((rule) => ({
  id: rule.id,
  test: compileCondition(rule.when),
  adds: rule.adds.map((add) => ({
    kind: add.kind,
    slot: slots[add.kind].get(add.id)!,
    weight: add.weight,
  })),
}));

const questionTopics = questionIds.map((id) => questionBank[id].topic);
const questionTailored = questionIds.map((id) => questionBank[id].tailored);

interface Slot {
  reasons: Reason[];
  score: number;
}

function rank<T extends string>(ids: readonly T[], found: (Slot | undefined)[]) {
  const order: number[] = [];
  for (let slot = 0; slot < found.length; slot++) if (found[slot]) order.push(slot);
  // Higher score first; equal scores keep the order of the id list (a stable, known tie-break).
  order.sort((a, b) => found[b]!.score - found[a]!.score || a - b);
  return order.map((slot) => ({
    id: ids[slot]!,
    reasons: found[slot]!.reasons,
    score: found[slot]!.score,
  }));
}

function namedConcerns(reasons: readonly Reason[], primary: ConcernId | null): ConcernId[] {
  const named = new Set<ConcernId>();
  for (const reason of reasons) {
    for (const fact of reason.facts) if (fact.kind === 'concern') named.add(fact.concern);
  }
  // The main topic alone reads best; without one, every topic the reasons name.
  if (primary !== null && named.has(primary)) return [primary];
  return concernIds.filter((id) => named.has(id));
}

// The country rules match exactly one place for any answers; the first found wins all the same.
function pickPlace(found: (Slot | undefined)[]): PlaceItem {
  const at = found.findIndex((slot) => slot !== undefined);
  if (at === -1) return { id: 'not-said', reasons: [{ ruleId: 'country-not-said', facts: [] }] };
  return { id: placeIds[at]!, reasons: found[at]!.reasons };
}

/** Turns answers into suggestions, each with the reasons that led to it. Pure and deterministic. */
export function evaluate(answers: Answers, context: ShortlistContext = {}): Evaluation {
  const index = indexAnswers(answers);
  const found: Record<RuleAdd['kind'], (Slot | undefined)[]> = {
    specialty: new Array<Slot | undefined>(specialtyIds.length),
    referral: new Array<Slot | undefined>(referralIds.length),
    safety: new Array<Slot | undefined>(safetyOrder.length),
    question: new Array<Slot | undefined>(questionIds.length),
    place: new Array<Slot | undefined>(placeIds.length),
    search: new Array<Slot | undefined>(searchIds.length),
  };
  const facts: Fact[] = [];

  for (const rule of compiledRules) {
    facts.length = 0;
    if (!rule.test(index, facts)) continue;
    const reason: Reason = { ruleId: rule.id, facts: facts.slice() };
    const value = reasonValue(reason.facts);
    for (const add of rule.adds) {
      const list = found[add.kind];
      const slot = (list[add.slot] ??= { reasons: [], score: 0 });
      slot.reasons.push(reason);
      slot.score += add.weight * value;
    }
  }

  const place = pickPlace(found.place);
  const safety: SafetyItem[] = [];
  found.safety.forEach((slot, at) => {
    if (slot) {
      safety.push({
        id: safetyOrder[at]!,
        place: place.id,
        reasons: [...slot.reasons, ...place.reasons],
      });
    }
  });
  const questions: QuestionItem[] = [];
  found.question.forEach((slot, at) => {
    if (!slot) return;
    questions.push({
      id: questionIds[at]!,
      topic: questionTopics[at]!,
      reasons: slot.reasons,
      concerns: questionTailored[at] ? namedConcerns(slot.reasons, index.primary) : [],
      place: place.id,
    });
  });

  return {
    safety,
    place,
    specialties: rank(specialtyIds, found.specialty).map((item) => ({ ...item, place: place.id })),
    referrals: rank(referralIds, found.referral).map(({ id, reasons }) => ({ id, reasons })),
    searches: found.search.flatMap((slot, at) =>
      slot ? [{ id: searchIds[at]!, reasons: slot.reasons }] : [],
    ),
    questions,
    shortlist: rankShortlist(
      index,
      new Map(questions.map((item) => [item.id, item.reasons])),
      context,
    ),
  };
}
