import type { Catalogue, Namespace } from './catalogue.ts';
import { setFormatLocale } from './format.ts';
import { defaultLocale, localeTags } from './locales.ts';

// The locale seam. The locale is chosen as the app starts (main.tsx waits for `startLocale`,
// start-locale.ts, before the first render) and can be switched on any page. English is built
// in and split with the pages that use it; any other locale is one lazy chunk, fetched only when
// chosen. Each copy module (content/<name>.ts) takes its words from here.

let locale = defaultLocale;
let catalogue: Catalogue | undefined;
const listeners = new Set<() => void>();

/** The locale the app is speaking, for example "en". */
export function activeLocale(): string {
  return locale;
}

/** Called at start, and when the person switches language, with that locale's words. */
export function setCatalogue(chosen: string, words?: Catalogue): void {
  locale = chosen;
  catalogue = words;
  setFormatLocale(localeTags[chosen] ?? 'en-US');
  for (const listener of listeners) listener();
}

/** Tells `listener` when the language changes; returns a function that stops it. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * One entry of a namespace in the chosen locale; English where it has none. An object or a
 * function comes as a stand-in that looks the words up on each use, so copy read once (by a
 * module as it loads) still follows a later switch of language. A plain string cannot: copy
 * modules hand those out as functions.
 */
export function localised<N extends Namespace, K extends keyof Catalogue[N], T>(
  namespace: N,
  key: K,
  english: T,
): T {
  const chosen = () => (catalogue?.[namespace]?.[key] as T | undefined) ?? english;
  if (english === null || (typeof english !== 'object' && typeof english !== 'function'))
    return chosen();
  return new Proxy(english as object, {
    get: (_, property) => Reflect.get(chosen() as object, property),
    has: (_, property) => Reflect.has(chosen() as object, property),
    ownKeys: () => Reflect.ownKeys(chosen() as object),
    getOwnPropertyDescriptor: (_, property) =>
      Reflect.getOwnPropertyDescriptor(chosen() as object, property),
    apply: (_, self, args) => Reflect.apply(chosen() as () => unknown, self, args),
  }) as T;
}

/** A plain string entry, looked up on each call, so it follows a switch of language. */
export function localisedText<N extends Namespace, K extends keyof Catalogue[N]>(
  namespace: N,
  key: K,
  english: string,
): () => string {
  return () => (catalogue?.[namespace]?.[key] as string | undefined) ?? english;
}
