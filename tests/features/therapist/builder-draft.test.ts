import '../../support/web-storage.ts';
import { describe, expect, it } from 'vitest';
import {
  BUILDER_DRAFT_KEY,
  DRAFT_MAX_CHARS,
  LAST_LINK_KEY,
  draftFields,
  forgetLastLink,
  isEmptyValues,
  lastLinkValues,
  loadDraft,
  loadLastLink,
  readDraft,
  readLastLink,
  saveDraft,
  saveLastLink,
  serializeDraft,
  serializeLastLink,
  type DraftLoss,
} from '../../../src/features/therapist/builder-draft.ts';
import {
  buildDraft,
  emptyBuilderValues,
  type BuilderValues,
} from '../../../src/features/therapist/builder-values.ts';
import { clearOurKeys, ourKeys } from '../../../src/storage/our-storage.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  linkLimits,
} from '../../../src/questionnaire/therapist-link.ts';

const filled = (changes: Partial<BuilderValues> = {}): BuilderValues => ({
  ...emptyBuilderValues(),
  audience: 'one',
  client: 'A.B.',
  name: 'Dr. Sam Rivera',
  licences: ['lmft', 'other'],
  licenceOther: 'CST',
  states: 'CA, OR',
  aasect: 'yes',
  practice: 'Harbor Counseling',
  country: 'us',
  website: 'https://harbor.example.org',
  contact: 'sam@harbor.example.org',
  welcome: 'Hello.\nAnswer only what feels okay.',
  date: '2026-12-03',
  sections: ['goals', 'details'],
  questions: [
    { text: 'Pronouns?', kind: 'short-text', options: '' },
    { text: 'How to meet?', kind: 'choice', options: 'Video\nIn person' },
  ],
  returnMode: 'encrypted',
  ...changes,
});

/** A saved draft with its values changed: each entry replaces (or, undefined, removes) a field. */
function damaged(changes: Record<string, unknown>): string {
  const values: Record<string, unknown> = { ...filled() };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete values[key];
    else values[key] = value;
  }
  return JSON.stringify({ format: 'consult-prep.therapist-builder', version: 1, values });
}

const read = (raw: string) => {
  const result = readDraft(raw);
  if (result.status !== 'read') throw new Error(`expected a draft, got ${result.status}`);
  return result;
};

describe('the builder’s draft in this tab', () => {
  it('comes back exactly as it was kept, with nothing named as lost', () => {
    expect(readDraft(serializeDraft(filled()))).toEqual({
      status: 'read',
      values: filled(),
      losses: [],
    });
  });

  it('is kept under a key "Delete everything" and the quick exit find', () => {
    saveDraft(sessionStorage, filled());
    expect(ourKeys(sessionStorage)).toEqual([BUILDER_DRAFT_KEY]);
    expect(loadDraft(sessionStorage)).toMatchObject({ status: 'read', values: filled() });
    clearOurKeys(sessionStorage);
    expect(loadDraft(sessionStorage)).toEqual({ status: 'none' });
  });

  it('keeps no record for an empty form, and removes one when the form is emptied', () => {
    saveDraft(sessionStorage, emptyBuilderValues());
    expect(sessionStorage.getItem(BUILDER_DRAFT_KEY)).toBeNull();
    saveDraft(sessionStorage, filled());
    saveDraft(sessionStorage, emptyBuilderValues());
    expect(sessionStorage.getItem(BUILDER_DRAFT_KEY)).toBeNull();
  });

  it('reads nothing and throws nothing where storage is blocked', () => {
    expect(loadDraft(null)).toEqual({ status: 'none' });
    expect(() => saveDraft(null, filled())).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, Partial<BuilderValues>, DraftLoss[]]>([
    ['a name that is a number', { name: 42 }, { name: '' }, [{ field: 'name' }]],
    [
      'a name far too long',
      { name: 'n'.repeat(linkLimits.name * 2 + 1) },
      { name: '' },
      [{ field: 'name' }],
    ],
    ['an unknown audience', { audience: 'all' }, { audience: 'everyone' }, [{ field: 'audience' }]],
    ['a date that does not exist', { date: '2026-02-30' }, { date: '' }, [{ field: 'date' }]],
    ['an unknown country', { country: 'xx' }, { country: '' }, [{ field: 'country' }]],
    ['an AASECT answer of "maybe"', { aasect: 'maybe' }, { aasect: null }, [{ field: 'aasect' }]],
    [
      'an unknown return mode',
      { returnMode: 'email' },
      { returnMode: 'bring' },
      [{ field: 'returnMode' }],
    ],
    [
      'a licence list with an unknown id',
      { licences: ['lmft', 'wizard'] },
      { licences: ['lmft'] },
      [{ field: 'licences' }],
    ],
    [
      'sections that are not a list',
      { sections: 'goals' },
      { sections: [] },
      [{ field: 'sections' }],
    ],
    [
      'a damaged second question',
      { questions: [filled().questions[0], { text: 'Q', kind: 'essay', options: '' }] },
      { questions: [filled().questions[0]!] },
      [{ question: 2 }],
    ],
    [
      'questions that are not a list',
      { questions: {} },
      { questions: [] },
      [{ field: 'questions' }],
    ],
    ['a missing welcome', { welcome: undefined }, { welcome: '' }, [{ field: 'welcome' }]],
    [
      'two damaged fields',
      { name: null, website: ['https://x.example'] },
      { name: '', website: '' },
      [{ field: 'name' }, { field: 'website' }],
    ],
  ])('keeps the rest when it holds %s, and names what was lost', (_name, changes, lost, losses) => {
    const result = read(damaged(changes));
    expect(result.values).toEqual({ ...filled(), ...lost });
    expect(result.losses).toEqual(losses);
  });

  it('keeps the first ten questions of a longer list, and says some were dropped', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      text: `Q${i}`,
      kind: 'short-text',
      options: '',
    }));
    const result = read(damaged({ questions: many }));
    expect(result.values.questions).toHaveLength(linkLimits.questions);
    expect(result.losses).toEqual([{ field: 'questions' }]);
  });

  it('ignores keys it does not know without calling them a loss', () => {
    const raw = damaged({ extra: 'hello' }).replace(
      '"values":{',
      '"values":{"__proto__":{"name":"Mallory"},',
    );
    const result = read(raw);
    expect(result.losses).toEqual([]);
    expect(result.values).toEqual(filled());
  });

  it('names every field when the values are not a record of fields', () => {
    const raw = JSON.stringify({
      format: 'consult-prep.therapist-builder',
      version: 1,
      values: {},
    });
    expect(read(raw).losses).toEqual(draftFields.map((field) => ({ field })));
    expect(read(raw).values).toEqual(emptyBuilderValues());
  });

  it.each([
    ['cut-off JSON', serializeDraft(filled()).slice(0, 40)],
    ['another app’s record', JSON.stringify({ format: 'someone-else', version: 1, values: {} })],
    ['a newer version', damaged({}).replace('"version":1', '"version":2')],
    [
      'values that are a list',
      JSON.stringify({ format: 'consult-prep.therapist-builder', version: 1, values: [] }),
    ],
    ['a bare string', '"hello"'],
    ['an oversized record', damaged({ welcome: 'w'.repeat(DRAFT_MAX_CHARS) })],
  ])('cannot read %s, and says so without throwing', (_name, raw) => {
    expect(readDraft(raw)).toEqual({ status: 'unreadable' });
  });
});

describe('the last link kept in this browser', () => {
  it('keeps the therapist’s details, questions and return mode', () => {
    const result = readLastLink(serializeLastLink(filled(), '2026-12-01'));
    expect(result).toEqual({
      status: 'read',
      values: { ...filled(), client: '', date: '' },
      losses: [],
      made: '2026-12-01',
    });
  });

  it('never keeps the client’s name or the consultation date', () => {
    const raw = serializeLastLink(
      filled({ client: 'Alex Brown', date: '2026-12-24' }),
      '2026-12-01',
    );
    expect(raw).not.toContain('Alex Brown');
    expect(raw).not.toContain('2026-12-24');
    expect(lastLinkValues(filled())).toMatchObject({ client: '', date: '' });
  });

  it('drops a client’s name or date even from a record changed to hold them', () => {
    const raw = JSON.stringify({
      format: 'consult-prep.therapist-last-link',
      version: 1,
      made: '2026-12-01',
      values: { ...lastLinkValues(filled()), client: 'Alex Brown', date: '2026-12-24' },
    });
    const result = readLastLink(raw);
    expect(result.status === 'read' && result.values).toMatchObject({ client: '', date: '' });
    expect(result.status === 'read' && result.losses).toEqual([]);
  });

  it('is kept in localStorage under its key, and forgotten on request', () => {
    saveLastLink(localStorage, filled(), '2026-12-01');
    expect(ourKeys(localStorage)).toEqual([LAST_LINK_KEY]);
    expect(loadLastLink(localStorage).status).toBe('read');
    forgetLastLink(localStorage);
    expect(loadLastLink(localStorage)).toEqual({ status: 'none' });
  });

  it('keeps what it can of a damaged copy, and leaves out a damaged date it was made on', () => {
    const raw = JSON.stringify({
      format: 'consult-prep.therapist-last-link',
      version: 1,
      made: 'yesterday',
      values: { ...lastLinkValues(filled()), website: 7 },
    });
    const result = readLastLink(raw);
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    expect(result.values).toEqual({ ...lastLinkValues(filled()), website: '' });
    expect(result.losses).toEqual([{ field: 'website' }]);
    expect(result.made).toBeUndefined();
  });

  it.each([
    ['a draft record', serializeDraft(filled())],
    ['not JSON', '{'],
  ])('cannot read %s as a last link', (_name, raw) => {
    expect(readLastLink(raw)).toEqual({ status: 'unreadable' });
  });
});

describe('the form’s values', () => {
  it.each<[string, Partial<BuilderValues>, boolean]>([
    ['an untouched form', {}, true],
    ['a name', { name: 'S' }, false],
    ['the locked return chosen', { returnMode: 'encrypted' }, false],
    ['one client chosen', { audience: 'one' }, false],
  ])('%s is empty: %s', (_name, changes, empty) => {
    expect(isEmptyValues({ ...emptyBuilderValues(), ...changes })).toBe(empty);
  });

  it('reads a list handed over as a single value as a list', () => {
    const values = { ...filled(), licences: 'lmft' } as unknown as BuilderValues;
    expect(read(serializeDraft(values)).values.licences).toEqual(['lmft']);
  });
});

describe('a link for one client, or for everyone', () => {
  const roundTrip = async (values: BuilderValues) => {
    const built = buildDraft({ ...values, returnMode: 'bring' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const encoded = await encodeTherapistLink(built.draft);
    if (!encoded.ok) throw new Error(encoded.error);
    const decoded = await decodeTherapistLink(encoded.code);
    if (!decoded.ok) throw new Error(decoded.error);
    return decoded.link;
  };

  it('carries the client’s name and date for one client', async () => {
    const link = await roundTrip(filled({ client: '  A.\u202EB. ' }));
    expect(link.client).toBe('A.B.');
    expect(link.date).toBe('2026-12-03');
  });

  it('carries neither for everyone, even when some were typed before', async () => {
    const link = await roundTrip(filled({ audience: 'everyone' }));
    expect(link).not.toHaveProperty('client');
    expect(link).not.toHaveProperty('date');
    expect(link.name).toBe('Dr. Sam Rivera');
  });

  it.each<[string, Partial<BuilderValues>, string[]]>([
    ['one client with no name', { client: '  ' }, ['client']],
    ['a client name too long', { client: 'c'.repeat(linkLimits.client + 1) }, ['client']],
    ['one client with a date that does not exist', { date: '2026-02-30' }, ['date']],
    [
      'everyone, with an empty name and a bad date left hidden',
      { audience: 'everyone', client: '', date: '2026-02-30' },
      [],
    ],
  ])('%s', (_name, changes, ids) => {
    const result = buildDraft(filled(changes));
    expect(result.ok ? [] : result.errors.map((error) => error.fieldId)).toEqual(ids);
  });
});
