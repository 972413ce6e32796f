import { describe, expect, it } from 'vitest';
import { chooseLocale, defaultLocale, pseudoLocale } from '../../src/content/locales.ts';

// The locale is chosen from the address first, then the browser's languages, else English.
const available = [defaultLocale, 'es', pseudoLocale];

describe('chooseLocale', () => {
  it.each([
    // [what the address asks for, what the browser prefers, chosen]
    [null, [], 'en'],
    [null, ['es-MX', 'en'], 'es'],
    [null, ['fr-FR', 'es'], 'es'],
    [null, ['fr-FR', 'de'], 'en'],
    ['es', ['en-US'], 'es'],
    ['ES', [], 'es'],
    [' es-419 ', [], 'es'],
    ['en-xa', ['es'], pseudoLocale],
    ['fr', ['es'], 'es'],
    ['', ['es'], 'es'],
    ['<script>', [], 'en'],
  ])('asked %j, prefers %j: %s', (requested, preferred, chosen) => {
    expect(chooseLocale({ requested, preferred }, available)).toBe(chosen);
  });

  it('never chooses a locale this build does not have', () => {
    expect(chooseLocale({ requested: 'es', preferred: ['es'] }, [defaultLocale])).toBe('en');
  });
});
