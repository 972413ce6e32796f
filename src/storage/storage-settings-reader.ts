import { z } from 'zod/mini';
import {
  FORGET_DAYS_MAX,
  FORGET_DAYS_MIN,
  SETTINGS_FORMAT,
  SETTINGS_VERSION,
} from './storage-settings.ts';

// Reads the storage settings (storage-settings.ts). Loaded only when something is stored.

// Settings are a few dozen characters: anything much bigger is not ours.
const SETTINGS_MAX_CHARS = 1000;

const forgetDaysSchema = z.int().check(z.minimum(FORGET_DAYS_MIN), z.maximum(FORGET_DAYS_MAX));

/** "Save on this device": kept in localStorage, beside the answers. */
export const deviceSettingsSchema = z.object({
  format: z.literal(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  mode: z.literal('device'),
  forgetAfterDays: forgetDaysSchema,
  /** When the answers are forgotten if the person does not come back (ms since 1970). */
  expiresAt: z.number().check(z.refine(Number.isFinite)),
  locked: z.boolean(),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

/** "Don't save at all": a marker in this tab, so a reload does not start saving again. */
export const noSaveMarkerSchema = z.object({
  format: z.literal(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  mode: z.literal('none'),
});

export type SettingsResult<T> =
  { ok: true; settings: T } | { ok: false; problem: 'missing' | 'unreadable' };

function parseWith<T>(schema: z.ZodMiniType<T>, raw: string | null): SettingsResult<T> {
  if (raw === null) return { ok: false, problem: 'missing' };
  if (raw.length > SETTINGS_MAX_CHARS) return { ok: false, problem: 'unreadable' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, problem: 'unreadable' };
}

/** Never throws: damaged settings are reported, and the caller falls back safely. */
export function parseDeviceSettings(raw: string | null): SettingsResult<DeviceSettings> {
  return parseWith(deviceSettingsSchema, raw);
}

export function parseNoSaveMarker(raw: string | null): SettingsResult<{ mode: 'none' }> {
  return parseWith(noSaveMarkerSchema, raw);
}
