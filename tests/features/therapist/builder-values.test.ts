import { describe, expect, it } from 'vitest';
import {
  buildDraft,
  emptyBuilderValues,
  emptyQuestion,
  type BuilderValues,
} from '../../../src/features/therapist/builder-values.ts';
import { encodeTherapistLink, linkLimits } from '../../../src/questionnaire/therapist-link.ts';

const valid = (changes: Partial<BuilderValues> = {}): BuilderValues => ({
  ...emptyBuilderValues(),
  name: 'Sam Rivera',
  aasect: 'no',
  ...changes,
});

const errorIds = (values: BuilderValues) => {
  const result = buildDraft(values);
  return result.ok ? [] : result.errors.map((error) => error.fieldId);
};

describe('builder form to link', () => {
  it('makes a link the codec accepts from the smallest valid form', async () => {
    const result = buildDraft(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect((await encodeTherapistLink(result.draft)).ok).toBe(true);
  });

  it('strips control and bidi characters, keeps newlines in the welcome, and trims', () => {
    const result = buildDraft(
      valid({
        name: '  Dr. \u202Eevil\u202C Sam ',
        practice: 'Care\u0007 Co\u2066',
        welcome: 'Hello\r\n\u200Fthere\u0000',
        states: ' ca, or;NY ny ',
      }),
    );
    expect(result.ok && result.draft).toMatchObject({
      name: 'Dr. evil Sam',
      practice: 'Care Co',
      welcome: 'Hello\nthere',
      states: ['CA', 'OR', 'NY'],
    });
  });

  it('turns a choice question’s lines into options, dropping blanks and repeats', () => {
    const question = {
      text: 'How to meet?',
      kind: 'choice' as const,
      options: 'Video\n\nIn person\nVideo',
    };
    const result = buildDraft(valid({ questions: [question] }));
    expect(result.ok && result.draft.questions).toEqual([
      { kind: 'choice', text: 'How to meet?', options: ['Video', 'In person'] },
    ]);
  });

  it.each<[string, Partial<BuilderValues>, string[]]>([
    ['no name', { name: '   ' }, ['name']],
    ['a name of only bidi controls', { name: '\u202E\u202C' }, ['name']],
    ['a long name', { name: 'n'.repeat(linkLimits.name + 1) }, ['name']],
    ['no AASECT answer', { aasect: null }, ['aasect-yes']],
    ['an unknown state', { states: 'CA, Ohio' }, ['states']],
    ['an http website', { website: 'http://example.com' }, ['website']],
    ['a javascript: website', { website: 'javascript:alert(1)' }, ['website']],
    ['a long welcome', { welcome: 'w'.repeat(linkLimits.welcome + 1) }, ['welcome']],
    ['one client without a name', { audience: 'one', client: ' \u202E ' }, ['client']],
    [
      'a date that does not exist',
      { audience: 'one', client: 'A.B.', date: '2026-02-30' },
      ['date'],
    ],
    ['an empty question', { questions: [emptyQuestion()] }, ['question-0-text']],
    [
      'a choice with one option',
      { questions: [{ text: 'Q', kind: 'choice', options: 'Only' }] },
      ['question-0-options'],
    ],
    [
      'eleven questions',
      { questions: Array.from({ length: 11 }, () => ({ ...emptyQuestion(), text: 'Q' })) },
      ['add-question'],
    ],
  ])('refuses %s, pointing at the field', (_name, changes, ids) => {
    expect(errorIds(valid(changes))).toEqual(ids);
  });

  it.each<[string, Partial<BuilderValues>]>([
    ['a https website', { website: 'https://example.com/about' }],
    ['a real date', { audience: 'one', client: 'A.B.', date: '2026-12-03' }],
    ['a date left hidden under “Any client”', { audience: 'everyone', date: '2026-02-30' }],
    [
      'ten questions',
      { questions: Array.from({ length: 10 }, () => ({ ...emptyQuestion(), text: 'Q' })) },
    ],
    ['every licence', { licences: ['lmft', 'lmhc', 'lpc', 'lcsw', 'psychologist', 'other'] }],
  ])('accepts %s', (_name, changes) => {
    expect(errorIds(valid(changes))).toEqual([]);
  });
});
