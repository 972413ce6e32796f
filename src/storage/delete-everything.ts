import { useAnswersStore } from './answers-store.ts';
import { markOpensAtStart } from './exit-mark.ts';
import { KEPT_SUMMARIES_KEY } from './kept-summaries-key.ts';
import { clearOurKeys, deleteOurDatabases, findLeftovers } from './our-storage.ts';
import { STATE_KEY, usableStorage } from './storage-backend.ts';
import {
  forgetInMemory,
  resetStorageSettings,
  useStorageSettings,
} from './storage-settings-store.ts';
import { runWipes } from './wipe-registry.ts';

export interface DeleteReport {
  /** Anything of ours still found afterwards; empty when all went well. */
  leftovers: string[];
}

/**
 * "Delete everything": answers in memory, every key of ours in sessionStorage and
 * localStorage, every database of ours, and the storage choice itself.
 */
export async function deleteEverything(): Promise<DeleteReport> {
  const previous = forgetInMemory();
  runWipes();
  // A passphrase-locked save may still be encrypting: let it land, then remove it.
  await previous.flush();
  clearOurKeys(usableStorage('session'));
  clearOurKeys(usableStorage('local'));
  const stuck = await deleteOurDatabases();
  resetStorageSettings();
  const leftovers = await findLeftovers();
  return { leftovers: [...new Set([...leftovers, ...stuck.map((name) => `indexedDB:${name}`)])] };
}

/**
 * The quick exit's wipe. It must be synchronous: the page is leaving. Answers saved on this
 * device stay, because keeping them there is the person's own setting; everything in this
 * tab goes. Saved answers are marked to stay closed until the person asks for them again.
 */
export function wipeForExit(): void {
  const settings = useStorageSettings.getState();
  const keepOnDevice = settings.status.mode === 'device';
  const { ageConfirmed, notebook } = useAnswersStore.getState();
  // Notes from calls alone count too: they stay closed after the exit like answers do.
  const saved =
    ageConfirmed ||
    notebook.therapists.length > 0 ||
    settings.pendingUnlock !== null ||
    settings.held;
  if (keepOnDevice && saved) markOpensAtStart(usableStorage('local'));
  forgetInMemory();
  runWipes();
  clearOurKeys(usableStorage('session'));
  if (!keepOnDevice) usableStorage('local')?.removeItem(STATE_KEY);
  // Kept summaries are locked, but the list of them still names clients: after a quick exit
  // none of that may be left to see in this browser. Removed here, at once, not later.
  usableStorage('local')?.removeItem(KEPT_SUMMARIES_KEY);
}
