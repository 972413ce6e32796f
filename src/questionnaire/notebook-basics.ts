import type { Notebook, TherapistNote } from './notebook.ts';

// The parts of the notebook the app needs as it opens. No zod here: the schemas in notebook.ts
// load only when stored state or a file has to be read.

export const NOTEBOOK_VERSION = 1;
export const NOTEBOOK_MAX_THERAPISTS = 10;

export function emptyNotebook(): Notebook {
  return { version: NOTEBOOK_VERSION, therapists: [] };
}

/** Adds or replaces one entry, keeping the order; refuses an eleventh. */
export function withTherapist(notebook: Notebook, entry: TherapistNote): Notebook | null {
  const at = notebook.therapists.findIndex((item) => item.id === entry.id);
  if (at >= 0) {
    const therapists = [...notebook.therapists];
    therapists[at] = entry;
    return { ...notebook, therapists };
  }
  if (notebook.therapists.length >= NOTEBOOK_MAX_THERAPISTS) return null;
  return { ...notebook, therapists: [...notebook.therapists, entry] };
}

export function withoutTherapist(notebook: Notebook, id: string): Notebook {
  return { ...notebook, therapists: notebook.therapists.filter((item) => item.id !== id) };
}
