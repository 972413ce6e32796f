import { savedLanguage } from '../storage/language-choice.ts';
import type { Catalogue } from './catalogue.ts';
import { activeLocale, setCatalogue } from './locale.ts';
import { chooseLocale, defaultLocale, pseudoLocale, type LocaleSignals } from './locales.ts';

// Chooses the locale and loads its words, before the app loads anything that holds copy, and
// switches it later. Only the entry (main.tsx and the page frame) imports this: the loaders'
// lazy imports stay out of the modules pages share, so English visitors fetch no Spanish.

const loaders: Record<string, () => Promise<Catalogue>> = {
  es: () => import('./es/index.ts').then((module) => module.spanishCatalogue),
};
// The pseudo-locale is a development aid; a production build leaves it out entirely.
if (import.meta.env.MODE !== 'production') {
  loaders[pseudoLocale] = () =>
    import('./pseudo-locale.ts').then((module) => module.pseudoCatalogue);
}

/** Every locale that can be chosen in this build. */
export const availableLocales: readonly string[] = [defaultLocale, ...Object.keys(loaders)];

function signalsFromBrowser(): LocaleSignals {
  if (typeof window === 'undefined') return {};
  return {
    requested: new URLSearchParams(window.location.search).get('lang'),
    saved: savedLanguage(availableLocales),
  };
}

async function load(locale: string): Promise<boolean> {
  const loader = loaders[locale];
  try {
    setCatalogue(locale, loader ? await loader() : undefined);
    return true;
  } catch {
    return false;
  }
}

/** Resolves to the locale the app settled on: the chosen one, or English if it would not load. */
export async function startLocale(signals = signalsFromBrowser()): Promise<string> {
  const chosen = chooseLocale(signals, availableLocales);
  // A chunk that will not load (an old tab after an update) must not stop the app: English
  // is always here.
  if (!(await load(chosen))) setCatalogue(defaultLocale);
  return activeLocale();
}

/**
 * Switches the whole app to `locale` in place, answers and half-typed words kept. Resolves to
 * false, leaving the language as it was, if its words would not load.
 */
export async function switchLocale(locale: string): Promise<boolean> {
  if (!availableLocales.includes(locale)) return false;
  if (locale === activeLocale()) return true;
  return load(locale);
}

/** A language to offer on a first visit: the browser prefers it, and nothing was chosen yet. */
export function localeToOffer(
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): string | null {
  const signals = signalsFromBrowser();
  if (signals.requested || signals.saved || activeLocale() === pseudoLocale) return null;
  const liked = chooseLocale({ preferred }, availableLocales);
  return liked !== activeLocale() && liked !== pseudoLocale ? liked : null;
}
