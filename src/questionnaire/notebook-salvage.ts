import type { z } from 'zod/mini';
import {
  askedQuestionSchema,
  emptyImpression,
  emptyNotebook,
  emptyTherapistNote,
  impressionOwners,
  impressionSchema,
  NOTEBOOK_MAX_QUESTIONS,
  NOTEBOOK_MAX_THERAPISTS,
  NOTEBOOK_VERSION,
  notebookSchema,
  therapistNoteSchema,
  type Impression,
  type Notebook,
  type TherapistNote,
} from './notebook.ts';

export interface NotebookSalvage {
  notebook: Notebook;
  /** True when anything was not kept exactly as saved: the person is told. */
  damaged: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Shape = Record<string, z.core.$ZodType>;

/**
 * Keeps each field of `input` that its schema accepts and takes the default for the rest.
 * `damaged` is set for every field that was there but not kept, and for every stray key.
 */
function salvageFields<T extends object>(
  input: Record<string, unknown>,
  shape: Shape,
  defaults: T,
  skip: readonly string[],
  report: { damaged: boolean },
): T {
  const kept: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, schema] of Object.entries(shape)) {
    if (skip.includes(key) || !(key in input)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(input[key]);
    if (parsed.success) kept[key] = parsed.data;
    else report.damaged = true;
  }
  if (Object.keys(input).some((key) => !(key in shape))) report.damaged = true;
  return kept as T;
}

function salvageList<T>(
  value: unknown,
  max: number,
  salvageItem: (item: unknown) => T | null,
  report: { damaged: boolean },
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.damaged = true;
    return [];
  }
  if (value.length > max) report.damaged = true;
  const kept: T[] = [];
  for (const item of value.slice(0, max)) {
    const salvaged = salvageItem(item);
    if (salvaged === null) report.damaged = true;
    else kept.push(salvaged);
  }
  return kept;
}

function salvageImpression(value: unknown, report: { damaged: boolean }): Impression | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    report.damaged = true;
    return undefined;
  }
  const impression = salvageFields(
    value,
    impressionSchema.shape,
    emptyImpression(),
    ['asked'],
    report,
  );
  impression.asked = salvageList(
    value.asked,
    NOTEBOOK_MAX_QUESTIONS,
    (item) => {
      const parsed = askedQuestionSchema.safeParse(item);
      return parsed.success ? parsed.data : null;
    },
    report,
  );
  return impression;
}

function salvageTherapist(
  value: unknown,
  takenIds: Set<string>,
  report: { damaged: boolean },
): TherapistNote | null {
  if (!isRecord(value)) return null;
  const entry = salvageFields(
    value,
    therapistNoteSchema.shape,
    emptyTherapistNote(''),
    ['impressions'],
    report,
  );
  // A lost or repeated id gets a fresh one, so each entry can still be opened on its own.
  if (entry.id === '' || takenIds.has(entry.id)) {
    report.damaged = true;
    let n = takenIds.size + 1;
    while (takenIds.has(`t-${n}`)) n++;
    entry.id = `t-${n}`;
  }
  takenIds.add(entry.id);
  const impressions: TherapistNote['impressions'] = {};
  if (value.impressions !== undefined && !isRecord(value.impressions)) report.damaged = true;
  const given = isRecord(value.impressions) ? value.impressions : {};
  for (const owner of impressionOwners) {
    const impression = salvageImpression(given[owner], report);
    if (impression) impressions[owner] = impression;
  }
  if (Object.keys(given).some((key) => !(impressionOwners as readonly string[]).includes(key))) {
    report.damaged = true;
  }
  return { ...entry, impressions };
}

/**
 * Reads a notebook from storage or a file. Never throws. Missing is simply empty; a damaged
 * one keeps every entry and field that is still good, and says that something was lost.
 */
export function salvageNotebook(value: unknown): NotebookSalvage {
  if (value === undefined || value === null) return { notebook: emptyNotebook(), damaged: false };
  if (!isRecord(value) || value.version !== NOTEBOOK_VERSION) {
    return { notebook: emptyNotebook(), damaged: true };
  }
  const report = { damaged: Object.keys(value).some((key) => !(key in notebookSchema.shape)) };
  const takenIds = new Set<string>();
  const therapists = salvageList(
    value.therapists,
    NOTEBOOK_MAX_THERAPISTS,
    (item) => salvageTherapist(item, takenIds, report),
    report,
  );
  return { notebook: { version: NOTEBOOK_VERSION, therapists }, damaged: report.damaged };
}
