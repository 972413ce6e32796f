import { describe, expect, it } from 'vitest';
import { compareCopy, entryCopy } from '../../../src/content/en/notebook.ts';
import {
  buildComparison,
  comparisonMarkdown,
  therapistName,
} from '../../../src/features/notebook/compare-model.ts';
import {
  emptyImpression,
  emptyTherapistNote,
  type Impression,
  type TherapistNote,
} from '../../../src/questionnaire/notebook.ts';

function entry(id: string, patch: Partial<TherapistNote> = {}): TherapistNote {
  return { ...emptyTherapistNote(id), ...patch };
}
function impression(patch: Partial<Impression> = {}): Impression {
  return { ...emptyImpression(), ...patch };
}

const noNames = () => undefined;
const rowOf = (comparison: ReturnType<typeof buildComparison>, id: string) =>
  comparison.rows.find((row) => row.id === id)!;
const texts = (comparison: ReturnType<typeof buildComparison>, id: string) =>
  rowOf(comparison, id).cells.map((lines) => lines.map((line) => line.text).join(' / '));

describe('buildComparison', () => {
  const rivera = entry('t-1', {
    name: 'Dr Rivera',
    fees: '$120',
    impressions: {
      self: impression({
        gut: 'book',
        heard: 'yes',
        asked: [{ id: 'ask-cst', text: 'Are you certified?', said: 'yes', note: 'since 2015' }],
      }),
    },
  });
  const kim = entry('t-2', {
    name: 'Kim',
    fees: '$120',
    impressions: { self: impression({ heard: 'yes', warnings: ['quick-cure', 'no-licence'] }) },
  });
  const unnamed = entry('t-3', { impressions: { self: impression({ gut: 'not-for-me' }) } });
  const comparison = buildComparison([rivera, kim, unnamed], noNames);

  it('has a column per therapist, named, unnamed ones by position', () => {
    expect(comparison.columns.map((column) => column.name)).toEqual([
      'Dr Rivera',
      'Kim',
      'Therapist 3',
    ]);
    expect(therapistName(entry('t-9', { name: '  ' }), 4)).toBe('Therapist 4');
  });

  it('puts warning signs first, naming each sign', () => {
    expect(comparison.rows[0]?.id).toBe('warnings');
    expect(comparison.rows[0]?.kind).toBe('warning');
    expect(texts(comparison, 'warnings')).toEqual([
      compareCopy.noWarnings,
      `${entryCopy.warnings.items['quick-cure']}; ${entryCopy.warnings.items['no-licence']}`,
      compareCopy.noWarnings,
    ]);
    expect(comparison.warned).toEqual(['Kim']);
  });

  it.each([
    ['warnings', true],
    ['gut', true],
    ['heard', true],
    ['fees', true],
    ['licence', false],
    ['judged', false],
  ])('row %s differs: %s', (id, differs) => {
    expect(rowOf(comparison, id).differs).toBe(differs);
  });

  it('marks nothing as different when two therapists were noted the same', () => {
    const same = buildComparison(
      [entry('t-1', { fees: '$90' }), entry('t-2', { fees: '$90' })],
      noNames,
    );
    expect(same.rows.filter((row) => row.differs).map((row) => row.id)).toEqual([]);
  });

  it('gives a row to each question asked, with what was said, and "not asked" elsewhere', () => {
    expect(rowOf(comparison, 'question-ask-cst').label).toBe('Are you certified?');
    expect(texts(comparison, 'question-ask-cst')).toEqual([
      `${entryCopy.questions.said.yes}: since 2015`,
      compareCopy.notAsked,
      compareCopy.notAsked,
    ]);
  });

  it('writes the date of a call as people read it, and a dash for none', () => {
    const dated = buildComparison([entry('t-1', { date: '2026-11-30' }), entry('t-2')], noNames);
    expect(texts(dated, 'date')).toEqual(['November 30, 2026', compareCopy.empty]);
  });

  it('names who they felt like booking', () => {
    expect(comparison.leaning).toEqual(['Dr Rivera']);
  });

  it('shows each partner of a couple on their own line, by name', () => {
    const both = entry('t-1', {
      impressions: { a: impression({ gut: 'book' }), b: impression({ gut: 'maybe', by: 'Sam' }) },
    });
    const names = (owner: string) => (owner === 'a' ? 'Alex' : undefined);
    const couple = buildComparison([both, entry('t-2')], names);
    const gut = rowOf(couple, 'gut').cells[0]!;
    expect(gut).toEqual([
      { who: 'Alex', text: entryCopy.gut.book },
      // A name saved with the notes stands in when the session no longer has it.
      { who: 'Sam', text: entryCopy.gut.maybe },
    ]);
    expect(rowOf(couple, 'gut').cells[1]).toEqual([
      { who: 'Alex', text: compareCopy.empty },
      { text: compareCopy.empty },
    ]);
  });
});

describe('comparisonMarkdown', () => {
  it('lists each row with every therapist, differences and warnings marked', () => {
    const comparison = buildComparison(
      [
        entry('t-1', { name: 'Ana', impressions: { self: impression({ warnings: ['shaming'] }) } }),
        entry('t-2', { name: 'Bo', impressions: { self: impression({ gut: 'book' }) } }),
      ],
      noNames,
    );
    const text = comparisonMarkdown(comparison, 'Compare your calls');
    expect(text).toMatch(/^# Compare your calls\n/);
    expect(text).toContain(compareCopy.keepLooking(['Ana']));
    expect(text).toContain(`## ${compareCopy.warnings} (${compareCopy.differs})`);
    expect(text).toContain(`- Ana: ${entryCopy.warnings.items.shaming}`);
    expect(text).toContain(`- Bo: ${entryCopy.gut.book}`);
    expect(text).toContain(`## ${compareCopy.licenceChecked}\n`);
  });

  it('ends a sentence once after initials', () => {
    expect(compareCopy.leaning(['J.K.'])).toBe('You felt like booking with J.K.');
    expect(compareCopy.keepLooking(['M.K.'])).toMatch(/^A warning sign came up with M\.K\. That/);
  });
});
