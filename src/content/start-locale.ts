import type { Catalogue } from './catalogue.ts';
import { activeLocale, setCatalogue } from './locale.ts';
import { chooseLocale, defaultLocale, pseudoLocale, type LocaleSignals } from './locales.ts';

// Chooses the locale and loads its words, before the app loads anything that holds copy.
// Only main.tsx imports this: the loaders' lazy imports stay out of the modules pages share.

const loaders: Record<string, () => Promise<Catalogue>> = {};
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
    preferred: typeof navigator === 'undefined' ? [] : navigator.languages,
  };
}

/** Resolves to the locale the app settled on: the chosen one, or English if it would not load. */
export async function startLocale(signals = signalsFromBrowser()): Promise<string> {
  const chosen = chooseLocale(signals, availableLocales);
  const loader = loaders[chosen];
  try {
    setCatalogue(chosen, loader ? await loader() : undefined);
  } catch {
    // A chunk that will not load (an old tab after an update) must not stop the app: English
    // is always here.
    setCatalogue(defaultLocale);
  }
  return activeLocale();
}
