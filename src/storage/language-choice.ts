// Remembers the language a person chose, in the same place as their answers: on this device,
// in this tab, or nowhere when they chose not to save anything. It is read before the first
// render, so it uses no schema library: the only value accepted is a locale this build has.

/** Starts with the prefix every key of ours has, so "delete everything" removes it too. */
export const LANGUAGE_KEY = 'consult-prep.language';

export type LanguageHome = 'device' | 'session' | 'none';

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? localStorage : sessionStorage;
  } catch {
    return null;
  }
}

function read(kind: 'local' | 'session'): string | null {
  try {
    return storage(kind)?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The saved choice, if it names one of `available`; anything else is ignored. */
export function savedLanguage(available: readonly string[]): string | null {
  const saved = read('session') ?? read('local');
  return saved !== null && available.includes(saved) ? saved : null;
}

/** Keeps `locale` where the answers are kept, and nowhere else. */
export function saveLanguage(locale: string, home: LanguageHome): void {
  try {
    const local = storage('local');
    const session = storage('session');
    if (home === 'device') local?.setItem(LANGUAGE_KEY, locale);
    else local?.removeItem(LANGUAGE_KEY);
    if (home === 'session') session?.setItem(LANGUAGE_KEY, locale);
    else session?.removeItem(LANGUAGE_KEY);
  } catch {
    // A full or blocked storage: the choice holds for this visit, which is the safe side.
  }
}

/** When the person changes where answers are kept, their language choice moves with them. */
export function moveLanguage(home: LanguageHome): void {
  const saved = read('session') ?? read('local');
  if (saved !== null) saveLanguage(saved, home);
}
