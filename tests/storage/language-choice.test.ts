// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LANGUAGE_KEY,
  moveLanguage,
  saveLanguage,
  savedLanguage,
  type LanguageHome,
} from '../../src/storage/language-choice.ts';
import { isOurKey } from '../../src/storage/storage-backend.ts';
import { localeToOffer } from '../../src/content/start-locale.ts';

// The language choice lives where the answers live, and only there; a value this build does
// not know is ignored; a browser that prefers Spanish is offered it, once, and never switched.

const available = ['en', 'es'];
const where = () => ({
  local: localStorage.getItem(LANGUAGE_KEY),
  session: sessionStorage.getItem(LANGUAGE_KEY),
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('where the language choice is kept', () => {
  it.each([
    ['device', { local: 'es', session: null }],
    ['session', { local: null, session: 'es' }],
    ['none', { local: null, session: null }],
  ] as const)('with answers kept %s', (home: LanguageHome, expected) => {
    saveLanguage('es', home);
    expect(where()).toEqual(expected);
  });

  it('moves with the answers when the person changes where they are kept', () => {
    saveLanguage('es', 'session');
    moveLanguage('device');
    expect(where()).toEqual({ local: 'es', session: null });
    moveLanguage('none');
    expect(where()).toEqual({ local: null, session: null });
  });

  it('reads back only a language this build has', () => {
    saveLanguage('es', 'device');
    expect(savedLanguage(available)).toBe('es');
    localStorage.setItem(LANGUAGE_KEY, '<script>');
    expect(savedLanguage(available)).toBeNull();
    localStorage.setItem(LANGUAGE_KEY, 'fr');
    expect(savedLanguage(available)).toBeNull();
  });

  it('is one of our keys, so "delete everything" removes it', () => {
    expect(isOurKey(LANGUAGE_KEY)).toBe(true);
  });
});

describe('the offer on a first visit', () => {
  it.each([
    [['es-MX', 'en'], 'es'],
    [['fr-FR', 'es'], 'es'],
    [['en-US'], null],
    [['fr-FR', 'de'], null],
    [[], null],
  ])('a browser preferring %j is offered %s', (preferred, offered) => {
    expect(localeToOffer(preferred)).toBe(offered);
  });

  it('is not made once the person has chosen', () => {
    saveLanguage('en', 'session');
    expect(localeToOffer(['es-MX'])).toBeNull();
  });
});
