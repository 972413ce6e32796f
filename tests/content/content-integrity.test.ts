import { describe, expect, it } from 'vitest';
import {
  guideSchema,
  questionCatalogueSchema,
  questionTopicCatalogueSchema,
  referralCatalogueSchema,
  safetyCatalogueSchema,
  specialtyCatalogueSchema,
} from '../../src/content/content-schemas.ts';
import { concernCopy } from '../../src/content/en/concerns.ts';
import { guides, resultsDisclaimer } from '../../src/content/en/guides.ts';
import {
  concernPlaceholder,
  questionText,
  questionTopicCopy,
} from '../../src/content/en/question-text.ts';
import { questionCopy } from '../../src/content/en/questions.ts';
import { reasonText, ruleNotes } from '../../src/content/en/reasons.ts';
import { referralCopy } from '../../src/content/en/referrals.ts';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { specialtyCopy } from '../../src/content/en/specialties.ts';
import {
  affirmingValues,
  concernIds,
  healthValues,
  relationshipValues,
  whoValues,
} from '../../src/questionnaire/ids.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import {
  placeIds,
  referralIds,
  safetyIds,
  safetyOrder,
  searchIds,
  specialtyIds,
} from '../../src/rules/ids.ts';
import { conditionLeaves } from '../../src/questionnaire/conditions.ts';
import {
  couplesQuestionIds,
  generalQuestionIds,
  questionBank,
  questionIds,
  questionTopicIds,
  tailoredConcernQuestionIds,
} from '../../src/rules/question-ids.ts';
import { rules } from '../../src/rules/rules-table.ts';
import { under18Safety } from '../../src/rules/under-18.ts';
import { allItems, answersWith } from '../support/answers-fixtures.ts';

const sorted = (list: Iterable<string>) => [...list].sort();

// One answers set per single choice: the engine's whole reach, driven by the data alone.
const probes = [
  answersWith(),
  ...concernIds.map((id) => answersWith({ concerns: [id], primaryConcern: id })),
  ...healthValues.map((id) => answersWith({ health: [id] })),
  ...affirmingValues.map((id) => answersWith({ affirming: [id] })),
  ...relationshipValues.map((relationship) => answersWith({ relationship })),
  ...whoValues.map((who) => answersWith({ who })),
  answersWith({ partnerTakingPart: 'yes' }),
  answersWith({ feelsUnsafe: 'yes' }),
  answersWith({ language: 'español' }),
];
const reached = new Set(
  probes.flatMap((answers) => {
    const result = evaluate(answers);
    return [
      ...result.safety.map((item) => `safety:${item.id}`),
      ...result.specialties.map((item) => `specialty:${item.id}`),
      ...result.referrals.map((item) => `referral:${item.id}`),
      ...result.questions.map((item) => `question:${item.id}`),
      ...result.searches.map((item) => `search:${item.id}`),
    ];
  }),
);

describe('reach', () => {
  it.each(concernIds)('%s yields a specialty of its own, whatever the relationship', (id) => {
    for (const extra of [{}, { relationship: 'single' }, { feelsUnsafe: 'yes' }] as const) {
      const result = evaluate(answersWith({ concerns: [id], ...extra }));
      const own = result.specialties.filter((item) =>
        item.reasons.some((reason) =>
          reason.facts.some((fact) => fact.kind === 'concern' && fact.concern === id),
        ),
      );
      expect(own.length, JSON.stringify(extra)).toBeGreaterThan(0);
    }
  });

  it.each(specialtyIds)('specialty %s is produced by some answers', (id) => {
    expect(reached).toContain(`specialty:${id}`);
  });

  it.each(referralIds)('referral %s is produced by some answers', (id) => {
    expect(reached).toContain(`referral:${id}`);
  });

  // `minor` is the one documented exception: the under-18 page is its only producer, because
  // the app asks someone under 18 nothing more.
  it.each(safetyIds.filter((id) => id !== 'minor'))(
    'safety %s is produced by some answers',
    (id) => {
      expect(reached).toContain(`safety:${id}`);
    },
  );

  it('produces minor only from the under-18 page', () => {
    expect(reached).not.toContain('safety:minor');
    expect(under18Safety().map((item) => item.id)).toContain('minor');
  });

  it.each(questionIds)('question %s is produced by some answers', (id) => {
    expect(reached).toContain(`question:${id}`);
  });

  it.each(searchIds)('search %s is produced by some answers', (id) => {
    expect(reached).toContain(`search:${id}`);
  });
});

describe('ids', () => {
  it('names only known ids in the rules', () => {
    const known = {
      specialty: specialtyIds,
      referral: referralIds,
      safety: safetyIds,
      question: questionIds,
      place: placeIds,
      search: searchIds,
    } as const;
    for (const rule of rules) {
      for (const add of rule.adds) expect(known[add.kind] as readonly string[]).toContain(add.id);
      expect(rule.adds.length).toBeGreaterThan(0);
      for (const leaf of conditionLeaves(rule.when)) {
        if (leaf.op === 'concern' || leaf.op === 'primary') expect(concernIds).toContain(leaf.id);
        if (leaf.op === 'health') expect(healthValues).toContain(leaf.id);
        if (leaf.op === 'affirming') expect(affirmingValues).toContain(leaf.id);
        if (leaf.op === 'relationship') expect(relationshipValues).toContain(leaf.is);
      }
    }
  });

  it('keeps the safety order to the safety ids', () => {
    expect(sorted(safetyOrder)).toEqual(sorted(safetyIds));
  });

  it('has unique question ids, at least 40, in lists that name only known ones', () => {
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(questionIds.length).toBeGreaterThanOrEqual(40);
    for (const list of [generalQuestionIds, couplesQuestionIds, tailoredConcernQuestionIds]) {
      expect(new Set(list).size).toBe(list.length);
      for (const id of list) expect(questionIds).toContain(id);
    }
    for (const id of questionIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keys rule notes to real rules', () => {
    const ruleIds = [...rules.map((rule) => rule.id), 'under-18-page'];
    for (const id of Object.keys(ruleNotes)) expect(ruleIds).toContain(id);
  });
});

describe('content', () => {
  it.each([
    ['specialties', specialtyCatalogueSchema, specialtyCopy, specialtyIds],
    ['referrals', referralCatalogueSchema, referralCopy, referralIds],
    ['safety', safetyCatalogueSchema, safetyCopy, safetyIds],
    ['questions', questionCatalogueSchema, questionCopy, questionIds],
    ['question topics', questionTopicCatalogueSchema, questionTopicCopy, questionTopicIds],
  ] as const)('%s: parse, with exactly one entry per id', (_name, schema, copy, ids) => {
    const parsed = schema.safeParse(copy);
    expect(parsed.error?.issues).toBeUndefined();
    expect(sorted(Object.keys(copy))).toEqual(sorted(ids));
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    'guide %s parses, with unique ids',
    (_id, guide) => {
      expect(guideSchema.safeParse(guide).error?.issues).toBeUndefined();
      const sectionIds = guide.sections.map((section) => section.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      const itemIds = guide.sections.flatMap((section) => section.items.map((item) => item.id));
      expect(new Set(itemIds).size).toBe(itemIds.length);
    },
  );

  it('has a one-line disclaimer', () => {
    expect(resultsDisclaimer).toMatch(/not a diagnosis/);
    expect(resultsDisclaimer).not.toContain('\n');
  });

  it('gives every safety resource a way to reach it and the line for outside the US', () => {
    for (const id of safetyIds) {
      expect(safetyCopy[id].contacts.length, id).toBeGreaterThan(0);
      expect(safetyCopy[id].outsideUs).toBe('Outside the US: call your local emergency number.');
    }
  });

  it.each(questionIds)('question %s holds a placeholder exactly when it is tailored', (id) => {
    const copy = questionCopy[id];
    expect(copy.text.includes(concernPlaceholder)).toBe(questionBank[id].tailored);
    if (questionBank[id].tailored) {
      expect(copy.fallback).toBeDefined();
      expect(copy.fallback).not.toContain('{');
    } else {
      expect(copy.fallback).toBeUndefined();
    }
  });

  it('fills tailored questions with one or two topics, and asks in general words beyond that', () => {
    expect(questionText({ id: 'concern-experience', concerns: ['sexual-pain'] })).toBe(
      'How often do you help with pain during sex?',
    );
    const two = questionText({ id: 'concern-what-helps', concerns: ['low-desire', 'body-image'] });
    expect(two).toBe(
      'How do you usually work with low desire and body image, and how long does that tend to take?',
    );
    const three = questionText({
      id: 'concern-experience',
      concerns: ['low-desire', 'body-image', 'aging'],
    });
    expect(three).toBe(questionCopy['concern-experience'].fallback);
    expect(three).not.toContain(concernCopy['low-desire'].short);
    expect(questionText({ id: 'concern-experience', concerns: [] })).toBe(
      questionCopy['concern-experience'].fallback,
    );
    expect(questionText({ id: 'fees', concerns: [] })).toBe(questionCopy.fees.text);
  });

  it('leaves no placeholder and no empty reason in any result', () => {
    for (const answers of probes) {
      const result = evaluate(answers);
      for (const item of result.questions) expect(questionText(item)).not.toMatch(/[{}]/);
      for (const item of allItems(result)) {
        for (const reason of item.reasons) expect(reasonText(reason).length).toBeGreaterThan(0);
      }
    }
    for (const item of under18Safety()) {
      expect(reasonText(item.reasons[0]!).length).toBeGreaterThan(0);
    }
  });
});
