import { wipeForExit } from '../../storage/delete-everything.ts';
import { opensAtStart } from '../../storage/exit-mark.ts';
import { usableStorage } from '../../storage/storage-backend.ts';

// The quick exit. Order matters: hide first (someone may be looking now), then forget,
// then leave. location.replace() swaps this page out of the tab's history entry, so Back
// does not land straight on it. It is a navigation, not a request from this app.

/** An everyday site that draws no attention. */
export const NEUTRAL_URL = 'https://weather.com/';

/** The start page, where every way back after an exit lands (see docs/quick-exit.md). */
export const START_URL: string = import.meta.env.BASE_URL;

let exited = false;

export function hidePage(doc: Document): void {
  doc.body.hidden = true;
  doc.title = '';
}

/** Hides, forgets, and replaces this page in the tab's history with `url`. */
function leaveFor(win: Window, url: string, beforeLeaving?: () => void): void {
  hidePage(win.document);
  exited = true;
  try {
    wipeForExit();
  } catch {
    // Leaving matters more than finishing the wipe.
  }
  beforeLeaving?.();
  win.location.replace(url);
}

export function quickExit(win: Window = window): void {
  leaveFor(win, NEUTRAL_URL, tellOtherTabs);
}

/**
 * A browser may restore this page from its back/forward cache, with everything in memory.
 * After an exit (here, or in another tab with answers saved on this device), the restored
 * page is hidden and wiped again, and replaced by a fresh start page, which keeps any saved
 * answers closed until the person asks for them.
 */
export function installPageshowGuard(win: Window = window): () => void {
  const onPageshow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    if (!exited && !opensAtStart(usableStorage('local'))) return;
    leaveFor(win, START_URL);
  };
  win.addEventListener('pageshow', onPageshow);
  return () => win.removeEventListener('pageshow', onPageshow);
}

/** Where the tabs of this app tell each other to leave. In memory only: nothing is kept. */
const CHANNEL_NAME = 'consult-prep';
const LEAVE = 'leave';
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

/**
 * An exit in one tab leaves every open tab of the app, in every storage mode: another tab
 * still showing answers would undo it. Returns a function that stops listening.
 */
export function installOtherTabGuard(
  win: Window = window,
  open: () => BroadcastChannel | null = openChannel,
): () => void {
  const mine = open();
  if (!mine) return () => {};
  channel = mine;
  mine.onmessage = (event: MessageEvent) => {
    // Every tab heard the first tab's message: no need to pass it on.
    if (event.data === LEAVE && !exited) leaveFor(win, NEUTRAL_URL);
  };
  return () => {
    mine.close();
    if (channel === mine) channel = null;
  };
}

function tellOtherTabs(): void {
  try {
    channel?.postMessage(LEAVE);
  } catch {
    // A closed channel: the other tabs' own guards still cover Back and reload.
  }
}
