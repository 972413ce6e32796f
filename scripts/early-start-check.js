// Shipped as it is, inside an inline script in index.html: see early-start-guard.ts.
// True when the first thing the app will draw is the plain English start page.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the script the build writes around it
function showsPlainStart(win, facts) {
  try {
    const { pathname, search, hash } = win.location;
    const atStart = pathname === facts.base || `${pathname}/` === facts.base;
    if (!atStart || search !== '' || hash !== '') return false;
    // Anything kept (answers, a storage choice, a language) changes what the start page shows.
    for (const storage of [win.localStorage, win.sessionStorage]) {
      for (let index = 0; index < storage.length; index += 1) {
        if (storage.key(index)?.startsWith(facts.storagePrefix)) return false;
      }
    }
    // As chooseLocale does (src/content/locales.ts): the first preferred language the app has,
    // exact tag first, then its language part. Another one than English means an offer shows.
    const lower = facts.locales.map((locale) => locale.toLowerCase());
    for (const tag of win.navigator.languages ?? []) {
      const wanted = tag.trim().toLowerCase();
      let found = lower.indexOf(wanted);
      if (found < 0) found = lower.indexOf(wanted.split('-')[0]);
      if (found >= 0) return facts.locales[found] === facts.defaultLocale;
    }
    return true;
  } catch {
    // Storage that throws (some private modes): the app decides what to draw.
    return false;
  }
}
