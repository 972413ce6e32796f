// Reads the free-text answer "Which language would you like the sessions in?" for the languages
// the rules act on. Only Spanish for now: the directories' language filter and the 988 line's
// Spanish option make it the one with help to point to (DOMAIN.md).
//
// How the text is read:
// - case and accents never matter ("ESPAÑOL", "espanol" and "Español" are the same word);
// - a name counts only as a whole word, so "Spanglish" or "hispanohablante" do not count;
// - "Spanish or English", "English, Spanish" and "español latino" count: Spanish is one wish;
// - a name straight after "no", "not", "non", "sin", "ni" or "without" (or after one of those and
//   "in" / "en") does not count: "no Spanish", "not in Spanish", "sin español";
// - anything subtler ("Spanish is fine but not needed") is read as a wish: asking a therapist
//   whether they offer Spanish costs nothing, and a missed wish costs a call.

export const sessionLanguages = ['spanish'] as const;
export type SessionLanguage = (typeof sessionLanguages)[number];

/** The words that name each language, lower case and without accents. */
export const sessionLanguageNames: Record<SessionLanguage, ReadonlySet<string>> = {
  spanish: new Set(['spanish', 'espanol', 'castellano']),
};
/** Words that, straight before a name, turn it from a wish into its opposite. */
export const negationWords: ReadonlySet<string> = new Set([
  'no',
  'not',
  'non',
  'sin',
  'ni',
  'without',
]);
/** Words that may stand between a negation and a name: "not in Spanish", "no en español". */
export const linkWords: ReadonlySet<string> = new Set(['in', 'en']);

/** Lower case, accents gone, split into words of letters only. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
}

function negated(list: readonly string[], at: number): boolean {
  const before = list[at - 1];
  if (before === undefined) return false;
  if (negationWords.has(before)) return true;
  return linkWords.has(before) && negationWords.has(list[at - 2] ?? '');
}

/** Whether the answer asks for sessions in this language. Empty or missing text never does. */
export function asksForSessionsIn(text: string | undefined, language: SessionLanguage): boolean {
  if (text === undefined) return false;
  const list = words(text);
  return list.some((word, at) => sessionLanguageNames[language].has(word) && !negated(list, at));
}
