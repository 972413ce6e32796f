import { z } from 'zod/mini';

// How the person chose to keep their answers. The settings never hold answers themselves.

export const storageModes = ['session', 'device', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

export const SETTINGS_FORMAT = 'consult-prep.settings';
export const SETTINGS_VERSION = 1;
export const FORGET_DAYS_MIN = 1;
export const FORGET_DAYS_MAX = 365;
export const FORGET_DAYS_DEFAULT = 7;
/** The shortest passphrase we accept for locking saved answers. */
export const PASSPHRASE_MIN = 8;
export const DAY_MS = 24 * 60 * 60 * 1000;
// Settings are a few dozen characters: anything much bigger is not ours.
const SETTINGS_MAX_CHARS = 1000;

export const forgetDaysSchema = z
  .int()
  .check(z.minimum(FORGET_DAYS_MIN), z.maximum(FORGET_DAYS_MAX));

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

export function deviceSettings(
  forgetAfterDays: number,
  locked: boolean,
  now: number,
): DeviceSettings {
  return {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    mode: 'device',
    forgetAfterDays,
    expiresAt: now + forgetAfterDays * DAY_MS,
    locked,
  };
}

export function serializeNoSaveMarker(): string {
  return JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, mode: 'none' });
}
