import { z } from 'zod/mini';
import { VIEW_FORMAT, type ViewMark } from './exit-mark.ts';

// Reads the quick-exit mark (exit-mark.ts). Loaded only when something is stored.

const MAX_CHARS = 200;

const viewMarkSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  version: z.literal(1),
  opens: z.literal('start'),
});

/** Reads the mark. A damaged one still counts: when unsure, keep the answers closed. */
export function parseViewMark(raw: string | null): ViewMark {
  if (raw === null) return 'none';
  if (raw.length > MAX_CHARS) return 'damaged';
  try {
    return viewMarkSchema.safeParse(JSON.parse(raw)).success ? 'start' : 'damaged';
  } catch {
    return 'damaged';
  }
}
