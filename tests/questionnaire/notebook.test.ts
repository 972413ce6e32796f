import { describe, expect, it } from 'vitest';
import {
  emptyImpression,
  emptyNotebook,
  emptyTherapistNote,
  nextTherapistId,
  NOTEBOOK_MAX_THERAPISTS,
  notebookSchema,
  warningsOf,
  withoutTherapist,
  withTherapist,
  type Notebook,
  type TherapistNote,
} from '../../src/questionnaire/notebook.ts';
import { salvageNotebook } from '../../src/questionnaire/notebook-salvage.ts';

function entry(id: string, patch: Partial<TherapistNote> = {}): TherapistNote {
  return { ...emptyTherapistNote(id), ...patch };
}

function notebookOf(count: number): Notebook {
  return {
    ...emptyNotebook(),
    therapists: Array.from({ length: count }, (_, n) => entry(`t-${n + 1}`, { name: `T${n + 1}` })),
  };
}

const full: TherapistNote = entry('t-1', {
  name: 'Dr Rivera',
  practice: 'Riverside Clinic',
  date: '2026-11-30',
  foundVia: 'directory',
  offers: 'video',
  fees: '$120',
  cover: ['sliding-scale'],
  times: 'Tuesday evenings',
  licenceChecked: true,
  impressions: {
    self: {
      asked: [{ id: 'ask-training', text: 'What training do you have?', said: 'yes', note: 'CST' }],
      heard: 'yes',
      judged: 'no',
      clear: 'partly',
      approach: 'yes',
      gut: 'book',
      warnings: ['quick-cure'],
      note: 'Warm.',
    },
  },
});

describe('the notebook model', () => {
  it('adds entries up to the cap, then refuses one more', () => {
    const nearlyFull = notebookOf(NOTEBOOK_MAX_THERAPISTS - 1);
    const filled = withTherapist(nearlyFull, entry('t-99'));
    expect(filled?.therapists).toHaveLength(NOTEBOOK_MAX_THERAPISTS);
    expect(withTherapist(filled!, entry('t-100'))).toBeNull();
  });

  it('replaces an entry in place, even when the notebook is full', () => {
    const filled = notebookOf(NOTEBOOK_MAX_THERAPISTS);
    const changed = withTherapist(filled, entry('t-3', { name: 'Changed' }));
    expect(changed?.therapists[2]?.name).toBe('Changed');
    expect(changed?.therapists).toHaveLength(NOTEBOOK_MAX_THERAPISTS);
  });

  it('removes only the entry asked for', () => {
    const left = withoutTherapist(notebookOf(3), 't-2');
    expect(left.therapists.map((item) => item.id)).toEqual(['t-1', 't-3']);
  });

  it.each([
    [[], 't-1'],
    [['t-1', 't-2'], 't-3'],
    [['t-7'], 't-8'],
    [['t-2', 't-5', 't-3'], 't-6'],
  ])('after %j the next id is %s', (ids, next) => {
    expect(nextTherapistId({ ...emptyNotebook(), therapists: ids.map((id) => entry(id)) })).toBe(
      next,
    );
  });

  it.each([
    ['no impressions', {}, []],
    [
      'one person, one sign',
      { self: { ...emptyImpression(), warnings: ['shaming'] } },
      ['shaming'],
    ],
    [
      'two partners, in the list order, each once',
      {
        a: { ...emptyImpression(), warnings: ['no-answers', 'quick-cure'] },
        b: { ...emptyImpression(), warnings: ['quick-cure', 'touch-or-sex'] },
      },
      ['touch-or-sex', 'quick-cure', 'no-answers'],
    ],
  ] as const)('warning signs: %s', (_name, impressions, expected) => {
    expect(
      warningsOf(entry('t-1', { impressions: impressions as TherapistNote['impressions'] })),
    ).toEqual(expected);
  });
});

describe('salvageNotebook', () => {
  it('keeps a whole, valid notebook exactly, with no notice', () => {
    const notebook = { ...emptyNotebook(), therapists: [full] };
    expect(salvageNotebook(notebook)).toEqual({ notebook, damaged: false });
  });

  it('reads a missing notebook as empty, with no notice', () => {
    expect(salvageNotebook(undefined)).toEqual({ notebook: emptyNotebook(), damaged: false });
  });

  type Case = [name: string, value: unknown, kept: (notebook: Notebook) => void];
  const damaged: Case[] = [
    ['a string', 'oops', (notebook) => expect(notebook.therapists).toEqual([])],
    [
      'a newer version',
      { version: 2, therapists: [full] },
      (n) => expect(n.therapists).toEqual([]),
    ],
    [
      'a bad fee, the rest kept',
      { version: 1, therapists: [{ ...full, fees: 42 }] },
      (notebook) => {
        expect(notebook.therapists[0]).toEqual({ ...full, fees: '' });
      },
    ],
    [
      'a bad gut feeling, the rest of the impression kept',
      {
        version: 1,
        therapists: [
          { ...full, impressions: { self: { ...full.impressions.self, gut: 'maybe?' } } },
        ],
      },
      (notebook) => {
        const { gut, ...rest } = full.impressions.self!;
        expect(gut).toBe('book');
        expect(notebook.therapists[0]?.impressions.self).toEqual(rest);
      },
    ],
    [
      'one bad question among the asked',
      {
        version: 1,
        therapists: [
          {
            ...full,
            impressions: {
              self: {
                ...full.impressions.self,
                asked: [...full.impressions.self!.asked, { id: '', text: 'x', note: '' }],
              },
            },
          },
        ],
      },
      (notebook) => expect(notebook.therapists[0]?.impressions.self?.asked).toHaveLength(1),
    ],
    [
      'an entry that is not an object, among good ones',
      { version: 1, therapists: [full, 'junk', entry('t-2', { name: 'Second' })] },
      (notebook) =>
        expect(notebook.therapists.map((item) => item.name)).toEqual(['Dr Rivera', 'Second']),
    ],
    [
      'two entries with one id: the second gets a new one',
      { version: 1, therapists: [full, { ...full, name: 'Twin' }] },
      (notebook) => {
        const ids = notebook.therapists.map((item) => item.id);
        expect(new Set(ids).size).toBe(2);
        expect(notebook.therapists[1]?.name).toBe('Twin');
      },
    ],
    [
      'more entries than the cap: the first ten kept',
      { version: 1, therapists: notebookOf(NOTEBOOK_MAX_THERAPISTS + 2).therapists },
      (notebook) => expect(notebook.therapists).toHaveLength(NOTEBOOK_MAX_THERAPISTS),
    ],
    [
      'a stray key on an entry',
      { version: 1, therapists: [{ ...full, nmae: 'typo' }] },
      (notebook) => expect(notebook.therapists[0]).toEqual(full),
    ],
    [
      'an unknown owner of impressions',
      { version: 1, therapists: [{ ...full, impressions: { ...full.impressions, c: {} } }] },
      (notebook) => expect(notebook.therapists[0]).toEqual(full),
    ],
    [
      'a note over its cap',
      { version: 1, therapists: [{ ...full, times: 'x'.repeat(5000) }] },
      (notebook) => expect(notebook.therapists[0]?.times).toBe(''),
    ],
  ];

  it.each(damaged)('%s: salvaged, with a notice', (_name, value, kept) => {
    const result = salvageNotebook(value);
    expect(result.damaged).toBe(true);
    expect(notebookSchema.safeParse(result.notebook).success).toBe(true);
    kept(result.notebook);
  });
});
