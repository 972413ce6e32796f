import { VIEW_KEY } from './storage-backend.ts';
import { readViewMark } from './stored-readers.ts';

// After a quick exit with answers saved on this device, the app opens at the start page and
// keeps the answers closed until the person asks for them. This mark says so. It sits in
// localStorage beside the answers, so it outlives the page being replaced and the tab being
// closed. Its name and value are neutral on purpose: it says how the app opens, not why, and
// holds nothing of the answers, no time and no page. See docs/quick-exit.md.
// exit-mark-reader.ts reads it.

export { VIEW_KEY };
export const VIEW_FORMAT = 'consult-prep.view';

export function serializeViewMark(): string {
  return JSON.stringify({ format: VIEW_FORMAT, version: 1, opens: 'start' });
}

export type ViewMark = 'none' | 'start' | 'damaged';

/** True when the saved answers must stay closed until "Continue where you left off". */
export function opensAtStart(storage: Storage | null): boolean {
  try {
    return readViewMark(storage?.getItem(VIEW_KEY) ?? null) !== 'none';
  } catch {
    return false;
  }
}

export function markOpensAtStart(storage: Storage | null): void {
  try {
    storage?.setItem(VIEW_KEY, serializeViewMark());
  } catch {
    // Storage full or blocked: the exit still hides and leaves.
  }
}

export function clearViewMark(storage: Storage | null): void {
  try {
    storage?.removeItem(VIEW_KEY);
  } catch {
    // Storage blocked: there was no mark to clear.
  }
}
