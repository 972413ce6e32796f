import { describe, expect, it } from 'vitest';
import * as enPlan from '../../src/content/en/plan.ts';
import * as enQuestionText from '../../src/content/en/question-text.ts';
import { questionCopy } from '../../src/content/en/questions.ts';
import * as enReasons from '../../src/content/en/reasons.ts';
import { spanishCatalogue } from '../../src/content/es/index.ts';
import {
  affirmingValues,
  concernIds,
  countryIds,
  healthValues,
  relationshipValues,
  whoValues,
} from '../../src/questionnaire/ids.ts';
import type { QuestionId } from '../../src/rules/question-ids.ts';
import { placeIds } from '../../src/rules/ids.ts';
import type { Fact } from '../../src/rules/reasons.ts';
import { answersWith, maximalAnswers } from '../support/answers-fixtures.ts';
import { englishCatalogue, walkCatalogues, type Leaf } from '../support/catalogue-walk.ts';

// Spanish is complete when it has every entry English has, in the same shape, with the same
// placeholders, numbers and addresses, and no English left in it but names.

const es = spanishCatalogue;

// Not words: ids code compares, links, the numbers and addresses a contact shows (checked
// separately below, character for character), and file names.
const skippedKeys = new Set(['id', 'href', 'value', 'kind']);
// English on purpose: the filter names people type into English-language directories
// (specialties.ts says so), and the lines keyed by their own words (checked on their own below).
const skippedPaths = [/\.searchWords\b/, /^specialties\.specialtyLineAudiences\b/];
const skip = (path: string) =>
  skippedPaths.some((pattern) => pattern.test(path)) ||
  skippedKeys.has(path.slice(path.lastIndexOf('.') + 1));

/** Strings Spanish may share with English, each with why. Keep this short. */
const sameInSpanish = new Map<string, string>([
  ['Error:', 'the same word in Spanish'],
  ['No', 'the same word in Spanish'],
  ['Australia', 'the country has the same name in Spanish'],
  ['ShelterSafe.ca', 'a service named by its web address (DOMAIN.md)'],
  ['Rape Crisis 24/7 Support Line', 'a service’s own name (DOMAIN.md)'],
]);
// US state names: proper names, most spelt the same in Spanish (those that differ are in Spanish).
const sameInSpanishPaths = [/^therapist\.stateNames\./];

const placeholder = /\{[a-zA-Z]+\}/g;
const phone = /\+?\d+(?:[ -]\d+)*/g;
const address =
  /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:org|com|net|gov|edu|ca|uk|ie|au|nz|us|info)\b(?:\/[\w\-./]*\w)?/gi;

const found = (text: string, pattern: RegExp) => [...new Set(text.match(pattern) ?? [])].sort();
/**
 * Phone numbers: digit groups with three digits or more ("911", "0808 2000 247", "9-8-8"). A
 * thousands comma is not part of a number's digits: Spanish writes 2000 where English has 2,000.
 */
const phones = (text: string) =>
  found(text.replace(/(\d),(\d{3})\b/g, '$1$2'), phone).filter(
    (match) => match.replace(/\D/g, '').length >= 3,
  );

/** What a string says once placeholders and the arguments it was given are taken out. */
function ownWords(leaf: Pick<Leaf, 'en' | 'samples'>): string {
  let rest = leaf.en.replace(placeholder, ' ');
  for (const sample of leaf.samples) rest = rest.split(sample).join(' ');
  return rest;
}

const walk = walkCatalogues(englishCatalogue, es, skip);

describe('the Spanish catalogue', () => {
  it('has every entry English has, in the same shape', () => {
    expect(walk.problems).toEqual([]);
    expect(walk.leaves.length).toBeGreaterThan(1500);
  });

  it('calls every function with sample words, or a test below gives it real inputs', () => {
    expect(walk.uncalled.sort()).toEqual([
      'concerns.sharedConcernLabel',
      'plan.bringLines',
      'plan.openingSentences',
      'questionText.listConcerns',
      'questionText.questionCopyFor',
      'questionText.questionText',
      'reasons.factSentences',
      'reasons.reasonText',
    ]);
  });

  it('keeps every name and number a function was given', () => {
    const lost = walk.leaves.filter((leaf) =>
      leaf.samples.some((sample) => !leaf.other.includes(sample)),
    );
    expect(lost.map((leaf) => `${leaf.path}: ${leaf.other}`)).toEqual([]);
  });

  it('keeps the same {placeholders}', () => {
    const differ = walk.leaves.filter(
      (leaf) => found(leaf.en, placeholder).join() !== found(leaf.other, placeholder).join(),
    );
    expect(differ.map((leaf) => leaf.path)).toEqual([]);
  });

  it('gives the same phone numbers and web addresses, character for character', () => {
    const differ = walk.leaves.filter(
      (leaf) =>
        phones(leaf.en).join('|') !== phones(leaf.other).join('|') ||
        found(leaf.en, address).join('|') !== found(leaf.other, address).join('|'),
    );
    expect(differ.map((leaf) => `${leaf.path}: ${leaf.other}`)).toEqual([]);
    // The contacts' own numbers and links, skipped above as not words, are the same exactly.
    const contacts = walkCatalogues(englishCatalogue, es, (path) => /searchWords/.test(path));
    const exact = contacts.leaves.filter((leaf) => ['value', 'href'].includes(leaf.key));
    expect(exact.length).toBeGreaterThan(50);
    // Only where a value has a small word in it ("START to 88788") may that word be Spanish; the
    // number and the keyword the service reads stay.
    const keeps = (leaf: Leaf) =>
      /\s[a-z]+\s/.test(leaf.en) && leaf.key === 'value'
        ? [phones, (text: string) => found(text, /\b[A-Z]{2,}\b/g)].every(
            (pick) => pick(leaf.en).join('|') === pick(leaf.other).join('|'),
          )
        : leaf.en === leaf.other;
    expect(exact.filter((leaf) => !keeps(leaf)).map((leaf) => leaf.path)).toEqual([]);
  });

  it('leaves nothing in English but the names on the list', () => {
    const words = walk.leaves.filter((leaf) => /\p{L}/u.test(ownWords(leaf)));
    const same = words.filter((leaf) => leaf.en === leaf.other);
    const allowed = (leaf: Leaf) =>
      sameInSpanish.has(leaf.en) || sameInSpanishPaths.some((pattern) => pattern.test(leaf.path));
    expect(same.filter((leaf) => !allowed(leaf)).map((leaf) => `${leaf.path}: ${leaf.en}`)).toEqual(
      [],
    );
    // Every entry on the list is still needed, so the list cannot grow stale.
    const used = new Set(same.map((leaf) => leaf.en));
    expect([...sameInSpanish.keys()].filter((text) => !used.has(text))).toEqual([]);
  });

  it('keys each line that fits only some people by a Spanish line, for the same people', () => {
    const enAudiences = englishCatalogue.specialties.specialtyLineAudiences;
    const esAudiences = es.specialties.specialtyLineAudiences;
    expect(Object.keys(esAudiences)).toEqual(Object.keys(enAudiences));
    for (const [id, lines] of Object.entries(esAudiences)) {
      const key = id as keyof typeof esAudiences;
      expect(Object.values(lines ?? {})).toEqual(Object.values(enAudiences[key] ?? {}));
      // A line is matched by its words: each key must be words Spanish shows for that specialty.
      const shown = JSON.stringify(es.specialties.specialtyCopy[key]);
      for (const line of Object.keys(lines ?? {})) expect(shown).toContain(JSON.stringify(line));
    }
  });
});

describe('the Spanish helpers over answers and ids', () => {
  const differs = (en: string, other: string) => {
    expect(other.trim()).not.toBe('');
    expect(other).not.toBe(en);
  };

  it('opens the call and lists what to bring, in Spanish, from the same answers', () => {
    for (const answers of [maximalAnswers(), answersWith({}), answersWith({ who: 'individual' })]) {
      const opening = es.plan.openingSentences(answers, 'Zorabel');
      differs(enPlan.openingSentences(answers, 'Zorabel'), opening);
      expect(opening).toContain('Zorabel');
      differs(enPlan.openingSentences(answers), es.plan.openingSentences(answers));
      const bring = es.plan.bringLines(answers);
      const english = enPlan.bringLines(answers);
      expect(bring).toHaveLength(english.length);
      bring.forEach((line, i) => differs(english[i]!, line));
    }
  });

  it('names every topic in Spanish, in the shared view too', () => {
    for (const id of concernIds) {
      differs(englishCatalogue.concerns.sharedConcernLabel(id), es.concerns.sharedConcernLabel(id));
    }
  });

  it('names the topics in Spanish', () => {
    const ids = ['sexual-pain', 'low-desire'] as const;
    const listed = es.questionText.listConcerns(ids);
    differs(enQuestionText.listConcerns(ids), listed);
    for (const id of ids) expect(listed).toContain(es.concerns.concernCopy[id].short);
  });

  it('words every question in Spanish, for every place, alone and shared', () => {
    const questionIds = Object.keys(questionCopy) as QuestionId[];
    for (const id of questionIds) {
      for (const place of placeIds) {
        for (const concerns of [[], ['sexual-pain']] as const) {
          const item = { id, place, concerns: [...concerns] };
          const copy = es.questionText.questionCopyFor(item);
          const english = enQuestionText.questionCopyFor(item);
          expect(Object.keys(copy).sort()).toEqual(Object.keys(english).sort());
          differs(english.text, copy.text);
          for (const shared of [false, true]) {
            const text = es.questionText.questionText(item, shared);
            differs(enQuestionText.questionText(item, shared), text);
            expect(text).not.toContain('{');
          }
        }
      }
    }
  });

  it('gives the reasons for every kind of fact in Spanish', () => {
    const facts: Fact[] = [
      ...concernIds.flatMap((concern) => [
        { kind: 'concern' as const, concern, primary: true },
        { kind: 'concern' as const, concern, primary: false },
      ]),
      ...healthValues.map((item) => ({ kind: 'health' as const, item })),
      ...affirmingValues.map((need) => ({ kind: 'affirming' as const, need })),
      ...relationshipValues.map((relationship) => ({
        kind: 'relationship' as const,
        relationship,
      })),
      ...whoValues.map((who) => ({ kind: 'who' as const, who })),
      ...[...countryIds, null].map((country) => ({ kind: 'country' as const, country })),
      { kind: 'partner-taking-part' },
      { kind: 'feels-unsafe' },
    ];
    for (const fact of facts) {
      const english = enReasons.factSentences([fact]);
      const spanish = es.reasons.factSentences([fact]);
      expect(spanish).toHaveLength(english.length);
      spanish.forEach((sentence, i) => differs(english[i]!, sentence));
    }
    const all = es.reasons.factSentences(facts);
    expect(all).toHaveLength(enReasons.factSentences(facts).length);
    for (const ruleId of Object.keys(enReasons.ruleNotes) as (keyof typeof enReasons.ruleNotes)[]) {
      const reason = { ruleId, facts: [facts[0]!] };
      differs(enReasons.reasonText(reason), es.reasons.reasonText(reason));
      expect(es.reasons.reasonText(reason)).toContain(es.reasons.ruleNotes[ruleId]);
    }
  });
});
