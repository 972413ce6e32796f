/**
 * Where a therapist's kept summaries live (kept-summaries.ts). On its own, so the quick exit
 * can remove them without loading the store into every page.
 */
export const KEPT_SUMMARIES_KEY = 'consult-prep.therapist-summaries';
