import type { Catalogue, Namespace } from './catalogue.ts';
import { setFormatLocale } from './format.ts';
import { defaultLocale, localeTags } from './locales.ts';

// The locale seam. The locale is chosen once, as the app starts: main.tsx waits for
// `startLocale` (start-locale.ts) before the first render. English is built in and split with
// the pages that use it; any other locale is one lazy chunk, fetched only when chosen. Each copy
// module (content/<name>.ts) takes its words from here as it loads.

let locale = defaultLocale;
let catalogue: Catalogue | undefined;
let chosenYet = false;

/** The locale the app is speaking, for example "en". */
export function activeLocale(): string {
  return locale;
}

/** Called once, at start, with the chosen locale's words (none for English). */
export function setCatalogue(chosen: string, words?: Catalogue): void {
  locale = chosen;
  catalogue = words;
  chosenYet = true;
  setFormatLocale(localeTags[chosen] ?? 'en-US');
}

/** One entry of a namespace in the chosen locale; English where it has none. */
export function localised<N extends Namespace, K extends keyof Catalogue[N], T>(
  namespace: N,
  key: K,
  english: T,
): T {
  const chosen = () => (catalogue?.[namespace]?.[key] as T | undefined) ?? english;
  if (
    chosenYet ||
    english === null ||
    (typeof english !== 'object' && typeof english !== 'function')
  )
    return chosen();
  // Read before the locale is chosen: the page frame loads with the first script. A stand-in
  // looks up the chosen words each time it is used, so the frame speaks the locale too.
  return new Proxy(english as object, {
    get: (_, property) => Reflect.get(chosen() as object, property),
    has: (_, property) => Reflect.has(chosen() as object, property),
    ownKeys: () => Reflect.ownKeys(chosen() as object),
    getOwnPropertyDescriptor: (_, property) =>
      Reflect.getOwnPropertyDescriptor(chosen() as object, property),
    apply: (_, self, args) => Reflect.apply(chosen() as () => unknown, self, args),
  }) as T;
}
