import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatList, plural, setFormatLocale } from '../../src/content/format.ts';

// Plurals, lists and dates come from Intl in the chosen locale's grammar.
afterEach(() => setFormatLocale('en-US'));

describe('plural', () => {
  const days = { one: 'day', other: 'days' };
  it.each([
    [0, 'days'],
    [1, 'day'],
    [2, 'days'],
    [21, 'days'],
  ])('English: %i %s', (count, form) => {
    expect(plural(count, days)).toBe(form);
  });

  it('uses the forms a locale has beyond one and other', () => {
    setFormatLocale('pl-PL');
    const forms = { one: 'dzień', few: 'dni (few)', many: 'dni (many)', other: 'dnia' };
    expect([1, 2, 5, 22].map((count) => plural(count, forms))).toEqual([
      'dzień',
      'dni (few)',
      'dni (many)',
      'dni (few)',
    ]);
  });
});

describe('formatList', () => {
  it.each([
    [[], ''],
    [['pain'], 'pain'],
    [['pain', 'desire'], 'pain and desire'],
    [['pain', 'desire', 'trust'], 'pain, desire, and trust'],
  ])('joins %j as %j', (items, text) => {
    expect(formatList(items)).toBe(text);
  });

  it('lists names with commas only', () => {
    expect(formatList(['Ohio', 'Texas', 'Utah'], 'commas')).toBe('Ohio, Texas, Utah');
  });

  it("follows the locale's own word for and", () => {
    setFormatLocale('es-ES');
    expect(formatList(['dolor', 'deseo'])).toBe('dolor y deseo');
  });
});

describe('formatDate', () => {
  const date = Date.UTC(2026, 11, 3);
  it('writes the date as the locale does', () => {
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('December 3, 2026');
    setFormatLocale('es-ES');
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('3 de diciembre de 2026');
  });
});
