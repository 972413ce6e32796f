import { compileCondition, type AnswerIndex } from './compile-condition.ts';
import type { QuestionId } from './question-ids.ts';
import type { Fact, Reason } from './reasons.ts';
import {
  SHORTLIST_MAX,
  SHORTLIST_THERAPIST_MAX,
  shortlistRules,
  type ShortlistCondition,
} from './shortlist-table.ts';

/** Why a question is on the shortlist: the shortlist row, and the answers that made it hold. */
export type ShortlistReason = Reason;

/** A question to start with: one from the bank, or the therapist's own (`therapist-0`…). */
export interface ShortlistItem {
  id: QuestionId | `therapist-${number}`;
  reasons: ShortlistReason[];
}

export interface ShortlistContext {
  /** How many questions of their own the therapist's link holds (0 without a link). */
  therapistQuestions?: number;
}

type Test = (index: AnswerIndex, out: Fact[]) => boolean;

function compile(condition: ShortlistCondition): Test {
  if (condition.op === 'budget') {
    const { is } = condition;
    return (index) => index.answers.budget?.includes(is) ?? false;
  }
  if (condition.op === 'session-format') {
    const { is } = condition;
    return (index) => index.answers.sessionFormat === is;
  }
  return compileCondition(condition);
}

const compiled = shortlistRules.map((rule) => ({
  ...rule,
  test: rule.when ? compile(rule.when) : null,
}));

/**
 * The questions to start with, in order: the therapist's own, then the rows of the shortlist
 * table that hold, at most SHORTLIST_MAX. `suggested` maps each suggested question to its
 * reasons. Pure and deterministic.
 */
export function rankShortlist(
  index: AnswerIndex,
  suggested: ReadonlyMap<QuestionId, readonly Reason[]>,
  context: ShortlistContext = {},
): ShortlistItem[] {
  const items: ShortlistItem[] = [];
  const therapist = Math.min(context.therapistQuestions ?? 0, SHORTLIST_THERAPIST_MAX);
  for (let n = 0; n < therapist; n++) {
    items.push({ id: `therapist-${n}`, reasons: [{ ruleId: 'therapist-question', facts: [] }] });
  }
  const byId = new Map<string, ShortlistItem>();
  let mainTopicDone = false;
  for (const rule of compiled) {
    const reasons = suggested.get(rule.pick);
    if (!reasons || (rule.group && mainTopicDone)) continue;
    const facts: Fact[] = [];
    if (rule.test) {
      if (!rule.test(index, facts)) continue;
    } else {
      for (const reason of reasons) facts.push(...reason.facts);
    }
    if (rule.group) mainTopicDone = true;
    const reason = { ruleId: rule.id, facts };
    const existing = byId.get(rule.pick);
    if (existing) existing.reasons.push(reason);
    else if (items.length < SHORTLIST_MAX) {
      const item: ShortlistItem = { id: rule.pick, reasons: [reason] };
      byId.set(rule.pick, item);
      items.push(item);
    }
  }
  return items;
}
