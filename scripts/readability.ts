import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syllable } from 'syllable';
import { countSpanishText, reportSpanish } from './readability-es.ts';

// Flesch-Kincaid grade of every UI string in src/content/en/*. The catalogues are imported and
// walked, so the check reads exactly what the app shows; copy written as a function is called
// with sample arguments. Fails when the overall grade is above 6 or any one file is above 8.
// The Spanish copy (src/content/es/*) is walked the same way and scored in readability-es.ts.
// Usage: npm run readability

export const MAX_OVERALL_GRADE = 6;
export const MAX_FILE_GRADE = 8;

// Not prose: ids, links, phone numbers, file names, and the directory labels people type in.
const skippedKeys = new Set(['id', 'href', 'value', 'kind', 'searchWords', 'summaryFileName']);
const skippedKeyEnding = /FileName$/;
const sampleArgs: readonly unknown[][] = [
  ['Sam', 'Alex', 'Sam'],
  [2, 3, 2],
];
const placeholder = /\{[a-z]+\}/g;

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts for one string. A label without an end stop counts as one sentence. */
export function countText(text: string): Counts {
  const plain = text.replace(placeholder, 'your topic');
  const words = plain.split(/[\s/–—]+/).filter((token) => /[a-z]/i.test(token));
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  const stops = plain.match(/[.!?]+(?=\s|$|["'”’)])/g)?.length ?? 0;
  const endsWithStop = /[.!?]["'”’)]*\s*$/.test(plain);
  const sentences = stops + (endsWithStop ? 0 : 1);
  let syllables = 0;
  for (const word of words) syllables += Math.max(1, syllable(word.replace(/[^a-z'’-]/gi, '')));
  return { words: words.length, sentences, syllables };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.words += more.words;
  into.sentences += more.sentences;
  into.syllables += more.syllables;
  return into;
}

export function fleschKincaidGrade({ words, sentences, syllables }: Counts): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Every string a catalogue value holds, functions called with sample arguments. */
export function collectStrings(value: unknown, key = '', seen = new Set<unknown>()): string[] {
  if (skippedKeys.has(key) || skippedKeyEnding.test(key)) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    for (const args of sampleArgs) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string' || Array.isArray(result)) return collectStrings(result, key);
      } catch {
        // Not copy for these arguments (a helper that takes answers): try the next set.
      }
    }
    return [];
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => collectStrings(v, k, seen));
}

export interface FileReport extends Counts {
  file: string;
  strings: number;
  grade: number;
}

export async function measureCatalogues(
  dir: string,
  count: (text: string) => Counts = countText,
): Promise<FileReport[]> {
  // index.ts gathers a locale's files into one catalogue: counting it would count them twice.
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .sort();
  const reports: FileReport[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(dir, file)).href);
    const strings = collectStrings(module);
    const counts = strings.map(count).reduce(addCounts, { words: 0, sentences: 0, syllables: 0 });
    reports.push({ file, strings: strings.length, ...counts, grade: fleschKincaidGrade(counts) });
  }
  return reports;
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const reports = await measureCatalogues(join(root, 'src', 'content', 'en'));
  const total = reports.reduce(addCounts, { words: 0, sentences: 0, syllables: 0 });
  const overall = fleschKincaidGrade(total);
  console.log('Flesch-Kincaid grade of the UI copy (src/content/en)');
  for (const report of reports) {
    const flag = report.grade > MAX_FILE_GRADE ? `  over ${MAX_FILE_GRADE}` : '';
    console.log(
      `  ${report.file.padEnd(22)} ${report.grade.toFixed(1).padStart(5)}  (${report.strings} strings, ${report.words} words)${flag}`,
    );
  }
  console.log(
    `  ${'overall'.padEnd(22)} ${overall.toFixed(1).padStart(5)}  (${total.words} words)`,
  );
  const tooHard = reports.filter((report) => report.grade > MAX_FILE_GRADE);
  const englishPasses = overall <= MAX_OVERALL_GRADE && tooHard.length === 0;
  if (!englishPasses) {
    console.error(
      `Readability check failed: overall must be at most ${MAX_OVERALL_GRADE} and each file at most ${MAX_FILE_GRADE}.`,
    );
  }
  const spanish = await measureCatalogues(join(root, 'src', 'content', 'es'), countSpanishText);
  if (!reportSpanish(spanish) || !englishPasses) process.exit(1);
  console.log('Readability check passed.');
}

if (process.argv[1] && basename(process.argv[1]).startsWith('readability.')) await main();
