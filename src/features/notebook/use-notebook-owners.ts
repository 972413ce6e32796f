import { useMemo } from 'react';
import { useCoupleStore } from '../../storage/couple-store.ts';
import type { ImpressionOwner } from '../../questionnaire/notebook.ts';

export interface NotebookOwner {
  owner: ImpressionOwner;
  /** A partner's name; none for one person. */
  name?: string;
}

/**
 * Whose impressions a call gets: each partner of a couple on one device, or the one person.
 * Apart, each partner keeps their own notebook on their own device, so it is "self" there too.
 */
export function useNotebookOwners(): NotebookOwner[] {
  const mode = useCoupleStore((state) => state.mode);
  const a = useCoupleStore((state) => state.names.a);
  const b = useCoupleStore((state) => state.names.b);
  return useMemo(
    () =>
      mode === 'together' && a.trim() && b.trim()
        ? [
            { owner: 'a', name: a },
            { owner: 'b', name: b },
          ]
        : [{ owner: 'self' }],
    [mode, a, b],
  );
}

/** The name shown beside an owner's line in the comparison; none for one person. */
export function ownerNameFrom(owners: readonly NotebookOwner[]) {
  return (owner: ImpressionOwner) => owners.find((item) => item.owner === owner)?.name;
}
