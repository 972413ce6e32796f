import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyMarks,
  shareableAnswers,
  type ShareableAnswers,
} from '../../src/questionnaire/privacy-marks.ts';
import { compareAnswers, combinedAnswers, type Difference } from '../../src/rules/compare.ts';
import { answersWithMarksArbitrary, SEED, typicalAnswers } from '../support/couple-fixtures.ts';

const base = (changes: Partial<ShareableAnswers> = {}): ShareableAnswers => ({
  ...shareableAnswers(typicalAnswers(), emptyMarks()),
  ...changes,
});

const kinds = (differences: Difference[]) => differences.map((d) => d.kind);

describe('what partners share', () => {
  it('lists the concerns, goals and preferences both named, in the usual order', () => {
    const comparison = compareAnswers(
      base({ concerns: ['reconnection', 'communication', 'shame'], goals: ['feel-closer'] }),
      base({ concerns: ['communication', 'reconnection'], goals: ['feel-closer', 'more-desire'] }),
    );
    expect(comparison.shared.concerns).toEqual(['communication', 'reconnection']);
    expect(comparison.shared.goals).toEqual(['feel-closer']);
    expect(comparison.shared.affirming).toEqual(['lgbtq']);
  });

  it('is the same in both directions, apart from whose is whose', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, answersWithMarksArbitrary, (one, two) => {
        const a = shareableAnswers(one.answers, one.marks);
        const b = shareableAnswers(two.answers, two.marks);
        const ab = compareAnswers(a, b);
        const ba = compareAnswers(b, a);
        expect(ab.shared).toEqual(ba.shared);
        expect(ab.combined).toEqual(ba.combined);
        expect(ab.prompts).toEqual(ba.prompts);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('where partners differ', () => {
  it.each<[string, Partial<ShareableAnswers>, Partial<ShareableAnswers>, Difference['kind']]>([
    ['different first priorities', { primaryConcern: 'communication' }, {}, 'priority'],
    [
      'different bother',
      { concernDetails: { communication: { bother: 'very-much' } } },
      { concernDetails: { communication: { bother: 'a-little' } } },
      'bother',
    ],
    [
      'one names differing interests',
      { concerns: ['interest-mismatch', 'communication'] },
      { concerns: ['communication'] },
      'wants',
    ],
    [
      'one names another topic',
      { concerns: ['communication', 'shame'] },
      { concerns: ['communication'] },
      'named-by-one',
    ],
    [
      'one chose another goal',
      { goals: ['feel-closer', 'more-desire'] },
      { goals: ['feel-closer'] },
      'goals-of-one',
    ],
    [
      'different ways to meet',
      { sessionFormat: 'video' },
      { sessionFormat: 'in-person' },
      'meeting',
    ],
    [
      'different therapist gender',
      { therapistGender: 'woman' },
      { therapistGender: 'man' },
      'therapist-gender',
    ],
  ])('notes %s', (_label, a, b, kind) => {
    expect(kinds(compareAnswers(base(a), base(b)).differences)).toContain(kind);
  });

  it.each<[string, Partial<ShareableAnswers>, Partial<ShareableAnswers>, Difference['kind']]>([
    ['the same priority', {}, {}, 'priority'],
    [
      'a missing priority',
      { primaryConcern: null },
      { primaryConcern: 'communication' },
      'priority',
    ],
    [
      'a bother one prefers not to say',
      { concernDetails: { communication: { bother: 'prefer-not-to-say' } } },
      { concernDetails: { communication: { bother: 'a-little' } } },
      'bother',
    ],
    [
      'differing interests named by both',
      { concerns: ['interest-mismatch'] },
      { concerns: ['interest-mismatch'] },
      'wants',
    ],
    ['either way to meet', { sessionFormat: 'either' }, { sessionFormat: 'video' }, 'meeting'],
    [
      'no gender preference',
      { therapistGender: 'no-preference' },
      { therapistGender: 'man' },
      'therapist-gender',
    ],
  ])('does not note a difference for %s', (_label, a, b, kind) => {
    expect(kinds(compareAnswers(base(a), base(b)).differences)).not.toContain(kind);
  });

  it('says who named a differing want', () => {
    const comparison = compareAnswers(
      base({ concerns: [] }),
      base({ concerns: ['opening-relationship'] }),
    );
    expect(comparison.differences).toContainEqual({
      kind: 'wants',
      concern: 'opening-relationship',
      namedBy: 'b',
    });
  });
});

describe('prompts', () => {
  it('always end with what better looks like and what to share, and stay few', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, answersWithMarksArbitrary, (one, two) => {
        const { prompts } = compareAnswers(
          shareableAnswers(one.answers, one.marks),
          shareableAnswers(two.answers, two.marks),
        );
        expect(prompts.slice(-2)).toEqual(['what-better-looks-like', 'what-to-share']);
        expect(prompts.length).toBeLessThanOrEqual(5);
        expect(new Set(prompts).size).toBe(prompts.length);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it.each<[string, Partial<ShareableAnswers>, string]>([
    ['different-wants', { concerns: ['interest-mismatch'] }, 'different-wants'],
    ['pause-pressure', { concerns: ['sexless-relationship'] }, 'pause-pressure'],
    ['trust', { concerns: ['affair-recovery'] }, 'trust'],
    ['opening', { concerns: ['opening-relationship'] }, 'opening'],
  ])('brings %s when a topic calls for it', (_label, a, prompt) => {
    const b = base({ concerns: [], primaryConcern: null });
    expect(compareAnswers(base({ primaryConcern: null, ...a }), b).prompts).toContain(prompt);
    expect(compareAnswers(b, b).prompts).not.toContain(prompt);
  });
});

describe('combined suggestions', () => {
  it('put couples work first, with the couples consultation questions', () => {
    const { combined } = compareAnswers(base(), base({ concerns: ['sexual-pain'] }));
    expect(combined.specialties[0]?.id).toBe('couples-sex-therapy');
    const questions = combined.questions.map((q) => q.id);
    expect(questions).toEqual(
      expect.arrayContaining([
        'couples-individual-sessions',
        'couples-secrets',
        'couples-different-wants',
      ]),
    );
  });

  it('never carry the safety answer, so never its resources', () => {
    const combined = combinedAnswers(base(), base(), 'couple-apart');
    expect(combined.feelsUnsafe).toBe('prefer-not-to-say');
    expect(combined.health).toEqual([]);
    const { combined: evaluation } = compareAnswers(base(), base());
    expect(evaluation.safety.map((s) => s.id)).not.toContain('unsafe-relationship');
    expect(evaluation.questions.map((q) => q.id)).not.toContain('individual-safety-first');
  });

  it('leave out the language answer, which is not shared, and what it brings', () => {
    const wantsSpanish = { ...typicalAnswers(), language: 'español' };
    const mine = shareableAnswers(wantsSpanish, emptyMarks());
    expect(mine).not.toHaveProperty('language');
    const { combined } = compareAnswers(mine, mine);
    expect(combined.searches).toEqual([]);
    expect(combined.questions.map((q) => q.id)).not.toContain('sessions-in-spanish');
  });

  it('are the same whatever either partner said about feeling safe', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, answersWithMarksArbitrary, (one, two) => {
        const run = (unsafe: 'yes' | 'no') =>
          compareAnswers(
            shareableAnswers({ ...one.answers, feelsUnsafe: unsafe }, one.marks),
            shareableAnswers({ ...two.answers, feelsUnsafe: unsafe }, two.marks),
          );
        expect(run('yes')).toEqual(run('no'));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('never hold an item one partner kept private and the other did not name', () => {
    fc.assert(
      fc.property(answersWithMarksArbitrary, answersWithMarksArbitrary, (one, two) => {
        const b = shareableAnswers(two.answers, two.marks);
        // Rule ids can share a name with a concern (the "kink-interests" rule also fires for
        // interest-mismatch), so they are left out: they name a rule, not an answer.
        const text = JSON.stringify(
          compareAnswers(shareableAnswers(one.answers, one.marks), b),
          (key, value: unknown) => (key === 'ruleId' ? undefined : value),
        );
        for (const id of one.marks.concerns) {
          if (!b.concerns.includes(id)) expect(text).not.toContain(`"${id}"`);
        }
        for (const id of one.marks.goals) {
          if (!b.goals.includes(id)) expect(text).not.toContain(`"${id}"`);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('name who raised the concern behind each suggestion', () => {
    const { basis } = compareAnswers(
      base({ concerns: ['communication', 'sexual-pain'] }),
      base({ concerns: ['communication'] }),
    );
    expect(basis['sexual-pain-pelvic']).toEqual([{ concern: 'sexual-pain', namedBy: ['a'] }]);
  });
});
