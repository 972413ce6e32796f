import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryIds } from '../../src/questionnaire/ids.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { answersArbitrary } from '../support/answers-fixtures.ts';

// Where the person lives, for any answers: whatever else they said, crisis help is there with a
// reason, in the lines of the place they chose, and a partner who makes them feel unsafe still
// comes first.

const settings = { seed: 20261202, numRuns: 500 } as const;
const anyCountry = fc.option(fc.constantFrom(...countryIds), { nil: undefined });
const withCountry = fc.tuple(answersArbitrary, anyCountry).map(([answers, country]) => {
  const next = { ...answers };
  if (country === undefined) delete next.country;
  else next.country = country;
  return next;
});

describe('evaluate, for every country and any answers', { timeout: 60_000 }, () => {
  it('returns a crisis item with a reason, in the lines of where the person lives', () => {
    fc.assert(
      fc.property(withCountry, (answers) => {
        const result = evaluate(answers);
        const crisis = result.safety.find((item) => item.id === 'crisis');
        expect(crisis?.reasons.length).toBeGreaterThan(0);
        const place = answers.country ?? 'not-said';
        expect(crisis?.place).toBe(place);
        expect(result.place.id).toBe(place);
        // The last reason says why these lines: the rule about where the person lives.
        const last = crisis!.reasons.at(-1)!;
        expect(last.ruleId).toBe(
          answers.country ? `lives-in-${answers.country}` : 'country-not-said',
        );
        expect(last.facts).toEqual([{ kind: 'country', country: answers.country ?? null }]);
      }),
      settings,
    );
  });

  it('puts the domestic-abuse item first whenever the person feels unsafe', () => {
    fc.assert(
      fc.property(withCountry, (base) => {
        const answers = { ...base, feelsUnsafe: 'yes' as const };
        const result = evaluate(answers);
        expect(result.safety[0]?.id).toBe('unsafe-relationship');
        expect(result.safety.every((item) => item.place === result.place.id)).toBe(true);
      }),
      settings,
    );
  });

  it('names the same place on every item whose words depend on it', () => {
    fc.assert(
      fc.property(withCountry, (answers) => {
        const result = evaluate(answers);
        const places = new Set([
          ...result.specialties.map((item) => item.place),
          ...result.questions.map((item) => item.place),
        ]);
        expect([...places]).toEqual([result.place.id]);
      }),
      settings,
    );
  });

  it('changes nothing but the place when only the country changes', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...countryIds), (answers, country) => {
        const without = { ...answers };
        delete without.country;
        const a = evaluate(without);
        const b = evaluate({ ...without, country });
        const ids = (r: typeof a) => ({
          safety: r.safety.map((item) => item.id),
          specialties: r.specialties.map((item) => [item.id, item.score]),
          referrals: r.referrals.map((item) => item.id),
          questions: r.questions.map((item) => item.id),
          shortlist: r.shortlist.map((item) => item.id),
        });
        expect(ids(b)).toEqual(ids(a));
      }),
      settings,
    );
  });
});
