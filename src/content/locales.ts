// The languages the app can speak, and how one is chosen when the app starts.
// Pure: the caller passes in what the browser says, so the choice can be tested as a table.

/** English is built in; every other locale is a folder of words loaded only when chosen. */
export const defaultLocale = 'en';

/**
 * A pseudo-locale for development and tests: English with every string marked, so words that
 * bypass the catalogue stand out. It is never part of a production build.
 */
export const pseudoLocale = 'en-XA';

/** The BCP 47 tag Intl and `<html lang>` use for each locale. */
export const localeTags: Readonly<Record<string, string>> = {
  en: 'en-US',
  es: 'es',
  [pseudoLocale]: 'en-US',
};

export interface LocaleSignals {
  /** `?lang=` from the address, if any: an explicit choice wins. */
  requested?: string | null;
  /** The language the person chose on an earlier visit, where their answers are kept. */
  saved?: string | null;
  /**
   * `navigator.languages`, most preferred first. The app starts in English whatever these
   * say, and only offers another language: it never switches without asking.
   */
  preferred?: readonly string[];
}

/** Picks the first locale the app has: asked for in the address, saved, else preferred. */
export function chooseLocale(signals: LocaleSignals, available: readonly string[]): string {
  const wanted = [signals.requested, signals.saved, ...(signals.preferred ?? [])];
  for (const tag of wanted) {
    const match = tag ? matchLocale(tag, available) : undefined;
    if (match) return match;
  }
  return defaultLocale;
}

// "es-MX" finds "es"; "EN-xa" finds "en-XA". Case never matters in a language tag.
function matchLocale(tag: string, available: readonly string[]): string | undefined {
  const lower = tag.trim().toLowerCase();
  const exact = available.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return available.find((locale) => locale.toLowerCase() === language);
}
