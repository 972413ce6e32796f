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
  [pseudoLocale]: 'en-US',
};

export interface LocaleSignals {
  /** `?lang=` from the address, if any: an explicit choice wins. */
  requested?: string | null;
  /** `navigator.languages`, most preferred first. */
  preferred?: readonly string[];
}

/** Picks the first locale the app has, from the address and then the browser's preferences. */
export function chooseLocale(signals: LocaleSignals, available: readonly string[]): string {
  const wanted = [signals.requested, ...(signals.preferred ?? [])];
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
