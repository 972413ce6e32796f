import * as answersFile from '../../src/content/en/answers-file.ts';
import * as app from '../../src/content/en/app.ts';
import * as check from '../../src/content/en/check.ts';
import * as concerns from '../../src/content/en/concerns.ts';
import * as countries from '../../src/content/en/countries.ts';
import * as couples from '../../src/content/en/couples.ts';
import * as errors from '../../src/content/en/errors.ts';
import * as guides from '../../src/content/en/guides.ts';
import * as help from '../../src/content/en/help.ts';
import * as intake from '../../src/content/en/intake.ts';
import * as notebook from '../../src/content/en/notebook.ts';
import * as notices from '../../src/content/en/notices.ts';
import * as placeCredentials from '../../src/content/en/place-credentials.ts';
import * as places from '../../src/content/en/places.ts';
import * as plan from '../../src/content/en/plan.ts';
import * as privacyNotices from '../../src/content/en/privacy-notices.ts';
import * as privacy from '../../src/content/en/privacy.ts';
import * as privacyPages from '../../src/content/en/privacy-pages.ts';
import * as questionText from '../../src/content/en/question-text.ts';
import * as questions from '../../src/content/en/questions.ts';
import * as reasons from '../../src/content/en/reasons.ts';
import * as referrals from '../../src/content/en/referrals.ts';
import * as results from '../../src/content/en/results.ts';
import * as safety from '../../src/content/en/safety.ts';
import * as specialties from '../../src/content/en/specialties.ts';
import * as start from '../../src/content/en/start.ts';
import * as steps from '../../src/content/en/steps.ts';
import * as therapist from '../../src/content/en/therapist.ts';
import type { Catalogue } from '../../src/content/catalogue.ts';

// Walks English and another locale side by side, as pseudo-locale.ts builds English: every
// string the two hold at the same place, and every place where their shapes differ.

export const englishCatalogue: Catalogue = {
  answersFile,
  app,
  check,
  concerns,
  countries,
  couples,
  errors,
  guides,
  help,
  intake,
  notebook,
  notices,
  placeCredentials,
  places,
  plan,
  privacyNotices,
  privacy,
  privacyPages,
  questionText,
  questions,
  reasons,
  referrals,
  results,
  safety,
  specialties,
  start,
  steps,
  therapist,
};

/** Arguments copy functions are called with: distinct, so each can be found in the result. */
const sampleStrings = ['Zorabel', 'Quillon', 'Vexmara'];
const sampleNumbers = [7, 3, 5];

export interface Leaf {
  path: string;
  /** The last object key on the way (array indexes and calls are not keys). */
  key: string;
  en: string;
  other: string;
  /** The sample values English's function put into this string: the other locale must too. */
  samples: readonly string[];
}

export interface Walk {
  leaves: Leaf[];
  problems: string[];
  /** Functions no sample arguments fit (helpers over answers or ids): tested with real inputs. */
  uncalled: string[];
}

type Fn = (...args: unknown[]) => unknown;

// Parameter names English uses for counts; any other name is given words. A name used for both
// (`question`: a question's words, or its number) is tried both ways.
const countNames = new Set([
  'count',
  'n',
  'max',
  'chars',
  'position',
  'total',
  'topics',
  'goals',
  'days',
  'left',
  'length',
  'min',
]);
const eitherNames = new Set(['question']);
/** Names English uses for a list of names, such as the therapists a warning came up with. */
const listNames = new Set(['names']);

function parameterNames(fn: Fn): string[] {
  const source = fn.toString();
  const list = /^[^(=]*\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((part) => part.split('=')[0]!.trim())
    .filter((name) => name !== '');
}

/** Argument lists for English's parameters: words or counts, and a count of one too. */
function argumentSets(fn: Fn): unknown[][] {
  let sets: unknown[][] = [[]];
  parameterNames(fn).forEach((name, i) => {
    const choices: unknown[] = countNames.has(name)
      ? [sampleNumbers[i]]
      : listNames.has(name)
        ? [[sampleStrings[i], sampleStrings[i + 1]]]
        : eitherNames.has(name)
          ? [sampleStrings[i], sampleNumbers[i]]
          : [sampleStrings[i]];
    sets = sets.flatMap((set) => choices.map((choice) => [...set, choice]));
  });
  // A count of one takes the other branch of a plural.
  const ones = sets.map((set) => set.map((arg) => (typeof arg === 'number' ? 1 : arg)));
  return [...sets, ...ones.filter((set) => set.some((arg) => arg === 1))];
}

function call(fn: Fn, args: unknown[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: fn(...args) };
  } catch {
    return { ok: false };
  }
}

/** Strings the argument list put into an English result. */
function keptSamples(value: unknown, args: unknown[]): string[] {
  const text = JSON.stringify(value) ?? '';
  return args
    .flat()
    .map(String)
    .filter((sample) => text.includes(sample));
}

export function walkCatalogues(
  en: unknown,
  other: unknown,
  skip: (path: string) => boolean = () => false,
): Walk {
  const walk: Walk = { leaves: [], problems: [], uncalled: [] };
  visit(en, other, '', '', [], walk, skip);
  return walk;
}

function visit(
  en: unknown,
  other: unknown,
  path: string,
  key: string,
  samples: readonly string[],
  walk: Walk,
  skip: (path: string) => boolean,
): void {
  if (skip(path)) return;
  if (typeof en === 'string') {
    if (typeof other !== 'string') walk.problems.push(`${path}: not a string`);
    else walk.leaves.push({ path, key, en, other, samples });
    return;
  }
  if (typeof en === 'function') {
    if (typeof other !== 'function') {
      walk.problems.push(`${path}: not a function`);
      return;
    }
    if (other.length !== en.length) {
      walk.problems.push(`${path}: takes ${other.length} arguments, English ${en.length}`);
      return;
    }
    let called = 0;
    for (const args of argumentSets(en as Fn)) {
      const english = call(en as Fn, args);
      if (!english.ok) continue;
      const kept = keptSamples(english.value, args);
      // Only argument lists English makes use of: a name in a count's place tells us nothing.
      if (kept.length < args.length) continue;
      const result = call(other as Fn, args);
      called += 1;
      if (!result.ok) walk.problems.push(`${path}(${args.join(', ')}): throws`);
      else visit(english.value, result.value, `${path}(${args.join(', ')})`, key, kept, walk, skip);
    }
    if (called === 0) walk.uncalled.push(path);
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(other)) walk.problems.push(`${path}: not a list`);
    else if (other.length !== en.length) {
      walk.problems.push(`${path}: ${other.length} items, English ${en.length}`);
    } else {
      en.forEach((item, i) => visit(item, other[i], `${path}[${i}]`, key, samples, walk, skip));
    }
    return;
  }
  if (en !== null && typeof en === 'object') {
    if (other === null || typeof other !== 'object' || Array.isArray(other)) {
      walk.problems.push(`${path}: not an object`);
      return;
    }
    const theirs = other as Record<string, unknown>;
    for (const [k, value] of Object.entries(en)) {
      const next = path ? `${path}.${k}` : k;
      if (!(k in theirs)) walk.problems.push(`${next}: missing`);
      else visit(value, theirs[k], next, k, samples, walk, skip);
    }
    for (const k of Object.keys(theirs)) {
      if (!(k in en)) walk.problems.push(`${path}.${k}: not in English`);
    }
    return;
  }
  if (en !== other) walk.problems.push(`${path}: ${String(other)}, English ${String(en)}`);
}
