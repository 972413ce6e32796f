import { formatDate } from '../../content/format.ts';
import { compareCopy, entryCopy, unnamedTherapist } from '../../content/notebook.ts';
import {
  feltQuestionIds,
  impressionOwners,
  warningsOf,
  type Impression,
  type ImpressionOwner,
  type TherapistNote,
} from '../../questionnaire/notebook.ts';

// What the comparison shows, as plain data: one column per therapist, one row per thing noted,
// warning signs first. The table, the phone cards, the printout and the text file all read it.

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

export interface CompareColumn {
  id: string;
  name: string;
  warnings: number;
}

/** One cell: a line per person who noted it (a couple on one device has two). */
export interface CompareLine {
  /** Whose line this is, for a couple; none for one person or for facts about the practice. */
  who?: string;
  text: string;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareLine[][];
  /** The columns do not all say the same. */
  differs: boolean;
  kind: 'warning' | 'plain';
}

export interface Comparison {
  columns: CompareColumn[];
  rows: CompareRow[];
  /** Names with a warning sign, and names someone felt like booking. */
  warned: string[];
  leaning: string[];
}

/** Who noted impressions: a partner's name for a couple, nothing for one person. */
export type OwnerName = (owner: ImpressionOwner) => string | undefined;

/** A call's date as people write it in the locale; empty when none was noted. */
export function callDate(date: string): string {
  if (!date) return '';
  // Noon, so no time zone moves the day.
  const day = new Date(`${date}T12:00:00`);
  return Number.isNaN(day.getTime())
    ? date
    : formatDate(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function therapistName(entry: TherapistNote, position: number): string {
  return entry.name.trim() || unnamedTherapist(position);
}

function ownersOf(entries: readonly TherapistNote[]): ImpressionOwner[] {
  return impressionOwners.filter((owner) => entries.some((entry) => entry.impressions[owner]));
}

function impressionLines(
  entry: TherapistNote,
  owners: readonly ImpressionOwner[],
  ownerName: OwnerName,
  read: (impression: Impression) => string | null,
): CompareLine[] {
  const lines: CompareLine[] = [];
  for (const owner of owners) {
    const impression = entry.impressions[owner];
    const text = impression ? read(impression) : null;
    const who = ownerName(owner) ?? impression?.by;
    lines.push({ ...(who ? { who } : {}), text: text ?? compareCopy.empty });
  }
  return lines;
}

function differs(cells: readonly CompareLine[][]): boolean {
  const keys = cells.map((lines) =>
    lines.map((line) => `${line.who ?? ''}:${line.text}`).join('|'),
  );
  return new Set(keys).size > 1;
}

function row(
  id: string,
  label: string,
  cells: CompareLine[][],
  kind: CompareRow['kind'] = 'plain',
) {
  return { id, label, cells, differs: differs(cells), kind };
}

function fact(text: string): CompareLine[] {
  return [{ text: text.trim() || compareCopy.empty }];
}

/** The questions anyone asked, in the order they first appear, by id. */
function askedQuestions(entries: readonly TherapistNote[]) {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const impression of Object.values(entry.impressions)) {
      for (const asked of impression?.asked ?? []) {
        if (!seen.has(asked.id)) seen.set(asked.id, asked.text);
      }
    }
  }
  return [...seen.entries()].map(([id, text]) => ({ id, text }));
}

export function buildComparison(
  entries: readonly TherapistNote[],
  ownerName: OwnerName,
  positions: readonly number[] = entries.map((_, n) => n + 1),
): Comparison {
  const owners = ownersOf(entries);
  const shown = owners.length > 0 ? owners : (['self'] as const);
  const names = entries.map((entry, n) => therapistName(entry, positions[n] ?? n + 1));
  const columns = entries.map((entry, n) => ({
    id: entry.id,
    name: names[n]!,
    warnings: warningsOf(entry).length,
  }));
  const lines = (read: (impression: Impression) => string | null) =>
    entries.map((entry) => impressionLines(entry, shown, ownerName, read));
  const warningText = (impression: Impression) =>
    impression.warnings.length === 0
      ? compareCopy.noWarnings
      : impression.warnings.map((id) => entryCopy.warnings.items[id]).join('; ');

  const rows: CompareRow[] = [
    row('warnings', compareCopy.warnings, lines(warningText), 'warning'),
    row(
      'gut',
      compareCopy.gut,
      lines((impression) => (impression.gut ? entryCopy.gut[impression.gut] : null)),
    ),
    ...feltQuestionIds.map((id) =>
      row(
        id,
        entryCopy.felt[id],
        lines((impression) => {
          const value = impression[id];
          return value ? entryCopy.feltChoices[value] : null;
        }),
      ),
    ),
    row(
      'licence',
      compareCopy.licenceChecked,
      entries.map((entry) =>
        fact(entry.licenceChecked ? compareCopy.checkedYes : compareCopy.checkedNo),
      ),
    ),
    ...askedQuestions(entries).map((question) =>
      row(
        `question-${question.id}`,
        question.text,
        lines((impression) => {
          const asked = impression.asked.find((item) => item.id === question.id);
          if (!asked?.said && !asked?.note.trim()) return compareCopy.notAsked;
          const said = asked.said ? entryCopy.questions.said[asked.said] : '';
          return [said, asked.note.trim()].filter(Boolean).join(': ');
        }),
      ),
    ),
    row(
      'date',
      compareCopy.date,
      entries.map((entry) => fact(callDate(entry.date))),
    ),
    row(
      'practice',
      compareCopy.practice,
      entries.map((entry) => fact(entry.practice)),
    ),
    row(
      'found-via',
      compareCopy.foundVia,
      entries.map((entry) => fact(entry.foundVia ? entryCopy.foundVia[entry.foundVia] : '')),
    ),
    row(
      'offers',
      compareCopy.offers,
      entries.map((entry) => fact(entry.offers ? entryCopy.offers[entry.offers] : '')),
    ),
    row(
      'fees',
      compareCopy.fees,
      entries.map((entry) => fact(entry.fees)),
    ),
    row(
      'cover',
      compareCopy.cover,
      entries.map((entry) => fact(entry.cover.map((id) => entryCopy.cover[id]).join('; '))),
    ),
    row(
      'times',
      compareCopy.times,
      entries.map((entry) => fact(entry.times)),
    ),
    row(
      'note',
      compareCopy.note,
      lines((impression) => impression.note.trim() || null),
    ),
  ];
  return {
    columns,
    rows,
    warned: columns.filter((column) => column.warnings > 0).map((column) => column.name),
    leaning: entries
      .filter((entry) => Object.values(entry.impressions).some((item) => item?.gut === 'book'))
      .map((entry) => names[entries.indexOf(entry)]!),
  };
}

/** The comparison as Markdown, row by row, for the text file. */
export function comparisonMarkdown(comparison: Comparison, title: string): string {
  const out = [`# ${title}`, ''];
  if (comparison.warned.length > 0) out.push(compareCopy.keepLooking(comparison.warned), '');
  if (comparison.leaning.length > 0) out.push(compareCopy.leaning(comparison.leaning), '');
  for (const item of comparison.rows) {
    out.push(`## ${item.label}${item.differs ? ` (${compareCopy.differs})` : ''}`, '');
    comparison.columns.forEach((column, n) => {
      const cell = item.cells[n] ?? [];
      const text = cell.map((line) => (line.who ? `${line.who}: ${line.text}` : line.text));
      out.push(`- ${column.name}: ${text.join(' / ')}`);
    });
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
