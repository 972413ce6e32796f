import { wipeForExit } from '../../storage/delete-everything.ts';

// The quick exit. Order matters: hide first (someone may be looking now), then forget,
// then leave. location.replace() swaps this page out of the tab's history entry, so Back
// does not land straight on it. It is a navigation, not a request from this app.

/** An everyday site that draws no attention. */
export const NEUTRAL_URL = 'https://weather.com/';

let exited = false;

export function hidePage(doc: Document): void {
  doc.body.hidden = true;
  doc.title = '';
}

export function quickExit(win: Window = window): void {
  hidePage(win.document);
  exited = true;
  try {
    wipeForExit();
  } catch {
    // Leaving matters more than finishing the wipe.
  }
  win.location.replace(NEUTRAL_URL);
}

/**
 * A browser may restore this page from its back/forward cache, with everything in memory.
 * After an exit, that restored page is hidden and wiped again, and leaves once more.
 */
export function installPageshowGuard(win: Window = window): () => void {
  const onPageshow = (event: PageTransitionEvent) => {
    if (exited && event.persisted) quickExit(win);
  };
  win.addEventListener('pageshow', onPageshow);
  return () => win.removeEventListener('pageshow', onPageshow);
}
