import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryIds, type CountryId } from '../../src/questionnaire/ids.ts';

// The help-line numbers of each country, read from the checked-in domain brief ("Where the
// person lives"), so tests hold the app to the brief rather than to a copy of the app's words.

// From the project root: the jsdom test environment has no file: module address to resolve from.
const briefPath = join(process.cwd(), 'tests/fixtures/domain-brief.md');
const brief = readFileSync(briefPath, 'utf8');

export interface PlaceNumbers {
  emergency: string[];
  crisis: string[];
  domesticAbuse: string[];
  sexualViolence: string[];
}

/**
 * Phone numbers and short codes as the brief writes them: three or more digits, with single
 * spaces or hyphens between groups. "24/7", "16+", "press 1" and "1800RESPECT" are not numbers.
 */
const numberPattern = /(?<![\w/+-])\d(?:[ -]?\d){2,}(?![\w/+-])/g;

export function numbersIn(text: string): string[] {
  return [...text.matchAll(numberPattern)].map((match) => match[0]);
}

/** The digits alone: "1800 77 88 88" and "1800778888" are the same number. */
export const digitsOf = (number: string) => number.replace(/\D/g, '');

function tableRows(heading: string): string[][] {
  const start = brief.indexOf(heading);
  if (start === -1) throw new Error(`The brief has no section "${heading}"`);
  const end = brief.indexOf('\n#', start + heading.length);
  return brief
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** Every number in the brief's safety table: the US services, postpartum support included. */
export function usSafetyTableNumbers(): string[] {
  return tableRows('### Safety (`SafetyId`)').flatMap((cells) => numbersIn(cells[2] ?? ''));
}

function usDomesticAbuse(): string[] {
  const row = tableRows('### Safety (`SafetyId`)').find((cells) =>
    cells[0]!.includes('unsafe-relationship'),
  );
  if (!row) throw new Error('The brief has no unsafe-relationship row');
  return numbersIn(row[2]!);
}

/** Each country's numbers, by kind of help, exactly as the brief gives them. */
export const placeNumbers: Record<CountryId, PlaceNumbers> = (() => {
  const result = {} as Record<CountryId, PlaceNumbers>;
  for (const cells of tableRows('## Where the person lives')) {
    const id = /\(`([a-z]+)`\)/.exec(cells[0]!)?.[1] as CountryId | undefined;
    if (!id || !countryIds.includes(id)) throw new Error(`Unknown country row: ${cells[0]}`);
    const [, emergency, crisis, domesticAbuse, sexualViolence] = cells as [
      string,
      string,
      string,
      string,
      string,
    ];
    result[id] = {
      emergency: numbersIn(emergency),
      crisis: numbersIn(crisis),
      domesticAbuse: id === 'us' ? usDomesticAbuse() : numbersIn(domesticAbuse),
      sexualViolence: numbersIn(sexualViolence),
    };
  }
  for (const id of countryIds) {
    if (!result[id]) throw new Error(`The brief has no row for ${id}`);
  }
  return result;
})();

export function allNumbersOf(country: CountryId): string[] {
  const numbers = placeNumbers[country];
  return [
    ...numbers.emergency,
    ...numbers.crisis,
    ...numbers.domesticAbuse,
    ...numbers.sexualViolence,
  ];
}

/**
 * The digits of every number the brief gives for other countries and not for this one: 999 is
 * the UK's and Ireland's, so a UK page may show it; an Australian page may not.
 */
export function foreignDigits(country: CountryId): Set<string> {
  const own = new Set(allNumbersOf(country).map(digitsOf));
  const foreign = new Set<string>();
  for (const other of countryIds) {
    if (other === country) continue;
    for (const number of allNumbersOf(other)) {
      const digits = digitsOf(number);
      if (!own.has(digits)) foreign.add(digits);
    }
  }
  return foreign;
}

/** The numbers in a page's text that belong to another country. */
export function foreignNumbersIn(text: string, country: CountryId): string[] {
  const foreign = foreignDigits(country);
  return numbersIn(text).filter((number) => foreign.has(digitsOf(number)));
}
