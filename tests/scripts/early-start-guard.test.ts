import { describe, expect, it } from 'vitest';
import {
  EARLY_START_ATTRIBUTE,
  earlyStartCheckSource,
  earlyStartScript,
  type EarlyStartFacts,
  type EarlyStartWindow,
} from '../../scripts/early-start-guard.ts';
import { availableLocales } from '../../src/content/start-locale.ts';
import { chooseLocale, pseudoLocale } from '../../src/content/locales.ts';
import { earlyStartFacts } from '../../vite.config.ts';

// The check exactly as it ships, from its source text.
const showsPlainStart = new Function(`${earlyStartCheckSource}\nreturn showsPlainStart;`)() as (
  win: EarlyStartWindow,
  facts: EarlyStartFacts,
) => boolean;

const facts: EarlyStartFacts = {
  base: '/',
  storagePrefix: 'consult-prep',
  locales: ['en', 'es'],
  defaultLocale: 'en',
};

/** Web storage holding these keys, as far as the check reads it. */
function storageWith(keys: string[] = []): Storage {
  return { length: keys.length, key: (index: number) => keys[index] ?? null } as Storage;
}

interface Visit {
  path?: string;
  search?: string;
  hash?: string;
  languages?: string[];
  local?: string[];
  session?: string[];
}

function visit({
  path = '/',
  search = '',
  hash = '',
  languages = ['en-US'],
  local,
  session,
}: Visit) {
  return {
    location: { pathname: path, search, hash },
    navigator: { languages },
    localStorage: storageWith(local),
    sessionStorage: storageWith(session),
  } satisfies EarlyStartWindow;
}

describe('the early start page check: shown only when the app will draw the same page', () => {
  it.each<[string, Visit]>([
    ['a first visit in English', {}],
    ['a browser that names no language', { languages: [] }],
    ['a language we do not have before English', { languages: ['fr-FR', 'en-GB'] }],
    ['only languages we do not have (the app starts in English)', { languages: ['de', 'fr'] }],
    ['keys of another app on the same host', { local: ['other-app.state'] }],
  ])('shows for %s', (_case, seen) => {
    expect(showsPlainStart(visit(seen), facts)).toBe(true);
  });

  it.each<[string, Visit]>([
    ['another page (a deep link)', { path: '/prepare/3' }],
    ['the help page', { path: '/help' }],
    ['an address with a query (?lang=es, a therapist link)', { search: '?lang=es' }],
    ['an address with a fragment', { hash: '#main-content' }],
    ['answers kept on this device', { local: ['consult-prep.state'] }],
    ['anything kept in this tab', { session: ['consult-prep.language'] }],
    ['a browser that prefers Spanish (the app offers it)', { languages: ['es-MX', 'en'] }],
    ['Spanish before English, after one we lack', { languages: ['fr', 'ES', 'en'] }],
  ])('does not show for %s', (_case, seen) => {
    expect(showsPlainStart(visit(seen), facts)).toBe(false);
  });

  it.each([
    [['en-US']],
    [['es-MX', 'en']],
    [['fr-FR', 'en-GB']],
    [['fr', 'ES', 'en']],
    [['de', 'fr']],
    [['EN-xa', 'es']],
    [[' es ']],
    [[]],
  ])(
    'with nothing kept, agrees with the app on whether to offer another language: %j',
    (languages) => {
      const appOffers =
        chooseLocale({ preferred: languages }, facts.locales) !== facts.defaultLocale;
      expect(showsPlainStart(visit({ languages }), facts)).toBe(!appOffers);
    },
  );

  it('does not show when storage cannot be read', () => {
    const blocked = {
      ...visit({}),
      get localStorage(): Storage {
        throw new Error('blocked');
      },
    };
    expect(showsPlainStart(blocked, facts)).toBe(false);
  });

  it.each([
    ['/prep/', true],
    ['/prep', true],
    ['/', false],
    ['/prep/prepare/1', false],
  ])('under a sub-path, the address %s shows: %s', (path, shows) => {
    expect(showsPlainStart(visit({ path }), { ...facts, base: '/prep/' })).toBe(shows);
  });

  it('runs as a script of its own, with nothing from outside, and marks the page', () => {
    const marked: string[] = [];
    const documentLike = { documentElement: { setAttribute: (name: string) => marked.push(name) } };
    const run = (win: EarlyStartWindow) =>
      new Function('window', 'document', earlyStartScript(facts))(win, documentLike);
    run(visit({ path: '/prepare/1' }));
    expect(marked).toEqual([]);
    run(visit({}));
    expect(marked).toEqual([EARLY_START_ATTRIBUTE]);
  });

  it('the build passes the locales it can speak, so the check and the app choose alike', () => {
    expect(earlyStartFacts.locales).toEqual(
      availableLocales.filter((locale) => locale !== pseudoLocale),
    );
    expect(earlyStartFacts.defaultLocale).toBe('en');
  });
});
