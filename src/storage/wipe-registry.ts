// Stores that keep answers in memory (a partner's answers, a therapist's draft) register a
// reset here, so the quick exit and "delete everything" forget them too, without the privacy
// code importing every feature's store.

type Wipe = () => void;

const wipes = new Set<Wipe>();

/** Registers a synchronous reset; returns a function that unregisters it. */
export function registerWipe(wipe: Wipe): () => void {
  wipes.add(wipe);
  return () => wipes.delete(wipe);
}

/** Runs every reset. One failing reset does not stop the others. */
export function runWipes(): void {
  for (const wipe of wipes) {
    try {
      wipe();
    } catch {
      // Keep wiping the rest: forgetting matters more than this one failure.
    }
  }
}
