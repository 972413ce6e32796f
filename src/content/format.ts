// Plurals, lists and dates in the active locale's own grammar, by Intl. Copy never
// hand-writes "s" on the end of a word or "and" before the last item.
//
// This module imports nothing: copy in every locale uses it, and the locale seam (locale.ts)
// sets the language once the catalogue has loaded. Importing the seam from here would make a
// loop that a locale's lazy chunk would wait on for ever.

let tag = 'en-US';
let cache: {
  plurals: Intl.PluralRules;
  lists: Record<ListKind, Intl.ListFormat>;
} | null = null;

type ListKind = 'and' | 'or' | 'commas';

/** Called once by the locale seam, with the BCP 47 tag of the locale it loaded. */
export function setFormatLocale(localeTag: string) {
  tag = localeTag;
  cache = null;
}

function formatters() {
  cache ??= {
    plurals: new Intl.PluralRules(tag),
    lists: {
      and: new Intl.ListFormat(tag, { type: 'conjunction' }),
      or: new Intl.ListFormat(tag, { type: 'disjunction' }),
      // "a, b, c": a plain run of names, such as the states a therapist is licensed in.
      commas: new Intl.ListFormat(tag, { type: 'unit', style: 'short' }),
    },
  };
  return cache;
}

/**
 * Builds the formatters ahead of need. The first Intl formatter a page makes costs tens of
 * milliseconds on a slow phone (the locale's data loads), which would land on the press that
 * opens the summary.
 */
export function warmFormatters(): void {
  formatters();
}

/** The form of a word for a count: `plural(2, { one: 'day', other: 'days' })` is "days". */
export function plural(
  count: number,
  forms: { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>,
): string {
  return forms[formatters().plurals.select(count)] ?? forms.other;
}

/** Joins items as the locale does: "a, b, and c" in US English. */
export function formatList(items: readonly string[], kind: ListKind = 'and'): string {
  return formatters().lists[kind].format(items);
}

/** A date as people write it in the locale, for example "December 1, 2026". */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(tag, options).format(date);
}

/** A count as the locale writes it, for example "1,000" in US English. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(tag).format(value);
}

/** Ends a sentence with a full stop, unless its last word already has one ("J.K."). */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
