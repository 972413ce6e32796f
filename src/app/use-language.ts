import { switchLocale } from '../content/start-locale.ts';
import { saveLanguage, type LanguageHome } from '../storage/language-choice.ts';

// Where the answers are kept decides where the choice is kept. The storage code arrives with
// the pages, so it is asked only when a person chooses, never before the first paint.
async function answersHome(): Promise<LanguageHome> {
  try {
    const { useStorageSettings } = await import('../storage/storage-settings-store.ts');
    return useStorageSettings.getState().status.mode;
  } catch {
    return 'none';
  }
}

// "?lang=" in the address asks for a language at start; once the person chooses, their choice
// wins, so the address drops it (keeping the page and the router's state).
function dropLanguageFromAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', url);
}

/** Switches to `locale` and remembers it. Resolves to false if its words would not load. */
export async function chooseLanguage(locale: string): Promise<boolean> {
  if (!(await switchLocale(locale))) return false;
  saveLanguage(locale, await answersHome());
  dropLanguageFromAddress();
  return true;
}

/** Remembers that the person wants to stay in the language they have, so it is not offered again. */
export async function keepLanguage(locale: string): Promise<void> {
  saveLanguage(locale, await answersHome());
}
