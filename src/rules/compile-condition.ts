import type { Answers } from '../questionnaire/answers.ts';
import {
  affirmingValues,
  concernIds,
  countryIds,
  healthValues,
  relationshipValues,
  whoValues,
  type AffirmingNeed,
  type ConcernId,
  type HealthItem,
} from '../questionnaire/ids.ts';
import type { Condition } from '../questionnaire/conditions.ts';
import {
  asksForSessionsIn,
  sessionLanguages,
  type SessionLanguage,
} from '../questionnaire/session-language.ts';
import type { Fact } from './reasons.ts';

// Conditions are compiled once, at module load, into small closures. A test pushes the facts that
// made it true onto `out`; when it is false it leaves `out` as it found it.

/** The answers, looked up once per evaluation. */
export interface AnswerIndex {
  readonly answers: Answers;
  /** Chosen concerns, the primary concern included even if the list omits it. */
  readonly concerns: ReadonlySet<ConcernId>;
  readonly primary: ConcernId | null;
  readonly health: ReadonlySet<HealthItem>;
  readonly affirming: ReadonlySet<AffirmingNeed>;
  /** The languages the free-text language answer asks for, read once. */
  readonly sessionLanguages: ReadonlySet<SessionLanguage>;
}

export function indexAnswers(answers: Answers): AnswerIndex {
  const concerns = new Set<ConcernId>(answers.concerns);
  if (answers.primaryConcern !== null) concerns.add(answers.primaryConcern);
  return {
    answers,
    concerns,
    primary: answers.primaryConcern,
    health: new Set(answers.health),
    affirming: new Set(answers.affirming),
    sessionLanguages: new Set(
      sessionLanguages.filter((language) => asksForSessionsIn(answers.language, language)),
    ),
  };
}

export type CompiledTest = (index: AnswerIndex, out: Fact[]) => boolean;

// Facts are shared, frozen constants: evaluating allocates no fact objects.
function table<K extends string>(keys: readonly K[], make: (key: K) => Fact): Record<K, Fact> {
  const result = {} as Record<K, Fact>;
  for (const key of keys) result[key] = Object.freeze(make(key));
  return result;
}
const concernFacts = table(concernIds, (concern) => ({ kind: 'concern', concern, primary: false }));
const primaryFacts = table(concernIds, (concern) => ({ kind: 'concern', concern, primary: true }));
const healthFacts = table(healthValues, (item) => ({ kind: 'health', item }));
const affirmingFacts = table(affirmingValues, (need) => ({ kind: 'affirming', need }));
const relationshipFacts = table(relationshipValues, (relationship) => ({
  kind: 'relationship',
  relationship,
}));
const whoFacts = table(whoValues, (who) => ({ kind: 'who', who }));
const countryFacts = table(countryIds, (country) => ({ kind: 'country', country }));
const sessionFacts = table(sessionLanguages, (language) => ({ kind: 'sessions-in', language }));
const countryNotSaidFact: Fact = Object.freeze({ kind: 'country', country: null });
const partnerFact: Fact = Object.freeze({ kind: 'partner-taking-part' });
const unsafeFact: Fact = Object.freeze({ kind: 'feels-unsafe' });
export const alwaysFact: Fact = Object.freeze({ kind: 'always' });

export function concernFact(concern: ConcernId, isPrimary: boolean): Fact {
  return isPrimary ? primaryFacts[concern] : concernFacts[concern];
}

export function compileCondition(condition: Condition): CompiledTest {
  switch (condition.op) {
    case 'all': {
      const parts = condition.of.map(compileCondition);
      return (index, out) => {
        const mark = out.length;
        for (const part of parts) {
          if (!part(index, out)) {
            out.length = mark;
            return false;
          }
        }
        return true;
      };
    }
    case 'any': {
      // Every true branch adds its facts, so a reason names all the answers that count.
      const parts = condition.of.map(compileCondition);
      return (index, out) => {
        let matched = false;
        for (const part of parts) if (part(index, out)) matched = true;
        return matched;
      };
    }
    case 'not': {
      // A negation explains nothing by itself: it adds no facts.
      const part = compileCondition(condition.of);
      return (index, out) => {
        const mark = out.length;
        const result = part(index, out);
        out.length = mark;
        return !result;
      };
    }
    case 'concern': {
      const { id } = condition;
      return (index, out) => {
        if (!index.concerns.has(id)) return false;
        out.push(index.primary === id ? primaryFacts[id] : concernFacts[id]);
        return true;
      };
    }
    case 'primary': {
      const { id } = condition;
      return (index, out) => index.primary === id && out.push(primaryFacts[id]) > 0;
    }
    case 'health': {
      const { id } = condition;
      return (index, out) => index.health.has(id) && out.push(healthFacts[id]) > 0;
    }
    case 'affirming': {
      const { id } = condition;
      return (index, out) => index.affirming.has(id) && out.push(affirmingFacts[id]) > 0;
    }
    case 'relationship': {
      const { is } = condition;
      return (index, out) =>
        index.answers.relationship === is && out.push(relationshipFacts[is]) > 0;
    }
    case 'partner-taking-part': {
      // Only "yes" is a fact worth telling the user; other values match without one.
      const { is } = condition;
      return (index, out) => {
        if (index.answers.partnerTakingPart !== is) return false;
        if (is === 'yes') out.push(partnerFact);
        return true;
      };
    }
    case 'feels-unsafe': {
      const { is } = condition;
      return (index, out) => {
        if (index.answers.feelsUnsafe !== is) return false;
        if (is === 'yes') out.push(unsafeFact);
        return true;
      };
    }
    case 'who': {
      const { is } = condition;
      return (index, out) => index.answers.who === is && out.push(whoFacts[is]) > 0;
    }
    case 'country': {
      const { is } = condition;
      const fact = is === null ? countryNotSaidFact : countryFacts[is];
      return (index, out) => (index.answers.country ?? null) === is && out.push(fact) > 0;
    }
    case 'sessions-in': {
      const { language } = condition;
      return (index, out) =>
        index.sessionLanguages.has(language) && out.push(sessionFacts[language]) > 0;
    }
    case 'always':
      return (_index, out) => out.push(alwaysFact) > 0;
  }
}
