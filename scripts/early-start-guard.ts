// The start page's words are in the built index.html (scripts/early-start-page.ts), so a first
// visit can read them while the app's code is still on its way. They are only right for one
// case: a first visit to the start page, in English, with nothing kept. A small inline script
// decides, as the page is parsed, whether to show them. Anything else (another page, a saved
// visit, another language) shows nothing until the app has drawn the page itself, as before.
//
// The check is plain JavaScript in early-start-check.js, shipped byte for byte: the policy
// allows the inline script by its hash, so its text must not depend on how TypeScript is
// compiled here or there. The build passes in every fact it needs.
import { readFileSync } from 'node:fs';

export interface EarlyStartFacts {
  /** The app's base path, as Vite's `base`: "/" or "/sub/". */
  base: string;
  /** The prefix of every key the app keeps in web storage. */
  storagePrefix: string;
  /** The locales this build can speak. */
  locales: string[];
  /** The locale the early words are in. */
  defaultLocale: string;
}

/** The parts of `window` the check reads, so tests can pass in a plain object. */
export interface EarlyStartWindow {
  location: { pathname: string; search: string; hash: string };
  navigator: { languages?: readonly string[] };
  localStorage: Storage;
  sessionStorage: Storage;
}

/** The check's source, which declares `showsPlainStart(win, facts)`; its comments stay here. */
export const earlyStartCheckSource: string = readFileSync(
  new URL('./early-start-check.js', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => !line.trim().startsWith('//'))
  .join('\n')
  .trim();

/** Marks the page for the early words to show (see `.early-start` in styles.css). */
export const EARLY_START_ATTRIBUTE = 'data-early-start';

/** The inline script's text; the Content-Security-Policy allows exactly this, by its hash. */
export function earlyStartScript(facts: EarlyStartFacts): string {
  return [
    '(function () {',
    earlyStartCheckSource,
    `if (showsPlainStart(window, ${JSON.stringify(facts)})) {`,
    `  document.documentElement.setAttribute(${JSON.stringify(EARLY_START_ATTRIBUTE)}, '');`,
    '}',
    '})();',
  ].join('\n');
}
